// The profile as others see it (GET /api/profiles/{slug}). Its own small module because it
// composes what the network (endorsement counts) and cover (the away notice) add to a profile,
// and both of those depend on profiles: built after them, it keeps the graph without a cycle.
import { defineModule } from '../module.ts';
import { profileViewService, type ProfileViewDeps } from './profile-view.service.ts';
import { registerProfileViewRoute } from './profiles.routes.ts';

export const profileViewModule = defineModule((context, deps: ProfileViewDeps) => {
  const views = profileViewService(context, deps);
  return {
    name: 'profile-view',
    services: { views },
    register: (app) => registerProfileViewRoute(app, context.actors, views),
  };
});
