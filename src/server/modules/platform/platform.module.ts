// The shared rate-limit counters (a table every instance shares) for the modules that limit.
import { defineModule } from '../module.ts';
import { rateLimitsService } from './rate-limits.service.ts';

export const platformModule = defineModule((context, _deps: Record<string, never>) => ({
  name: 'platform',
  services: { rateLimits: rateLimitsService(context, {}) },
}));
export type PlatformServices = ReturnType<typeof platformModule>['services'];
