// Liveness and database reachability (/api/health).
import { defineModule } from '../module.ts';
import { registerHealthRoutes } from './health.routes.ts';

export const healthModule = defineModule((context, _deps: Record<string, never>) => ({
  name: 'health',
  services: {},
  register: (app) => registerHealthRoutes(app, context),
}));
