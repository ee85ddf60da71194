// The web app: its build under /app, the old web addresses that redirect into it, the favicon,
// and the settings it reads at start (/api/client-config). Registered last: its not-found
// handler covers only /app.
import { defineModule } from '../module.ts';
import { defaultDistDir, webAppRoutes } from './web-app.routes.ts';

export const webAppModule = defineModule((context, _deps: Record<string, never>) => ({
  name: 'web-app',
  services: {},
  register: (app) => webAppRoutes(defaultDistDir)(app, context),
}));
