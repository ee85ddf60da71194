// The member's home (GET /api/me/home): each number asked of the module that owns it.
import { defineModule } from '../module.ts';
import { registerHomeRoutes } from './home.routes.ts';
import { homeService, type HomeDeps } from './home.service.ts';

export const homeModule = defineModule((context, deps: HomeDeps) => {
  const home = homeService(context, deps);
  return {
    name: 'home',
    services: home,
    register: (app) => registerHomeRoutes(app, context, { home }),
  };
});
