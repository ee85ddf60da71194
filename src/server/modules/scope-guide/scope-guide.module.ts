// The scope-of-practice guide and glossary. Its data is loaded when the module is built, at
// startup, so bad data fails the boot rather than the first request.
import { defineModule } from '../module.ts';
import { registerScopeGuideRoutes } from './scope-guide.routes.ts';
import { scopeGuideService } from './scope-guide.service.ts';

export const scopeGuideModule = defineModule((context, _deps: Record<string, never>) => {
  const guide = scopeGuideService(context);
  return {
    name: 'scope-guide',
    services: guide,
    register: (app) => registerScopeGuideRoutes(app, context, { guide }),
  };
});
