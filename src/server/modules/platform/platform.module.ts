// The shared rate-limit counters (a table every instance shares) for the modules that limit, and
// the new-account limit on public posts that the growth modules share.
import { defineModule } from '../module.ts';
import { newAccountPostsService } from './new-account-posts.service.ts';
import { rateLimitsService } from './rate-limits.service.ts';

export const platformModule = defineModule((context, _deps: Record<string, never>) => ({
  name: 'platform',
  services: { rateLimits: rateLimitsService(context, {}), newAccountPosts: newAccountPostsService(context, {}) },
}));
export type PlatformServices = ReturnType<typeof platformModule>['services'];
