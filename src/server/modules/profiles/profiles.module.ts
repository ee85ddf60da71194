// Profiles: a member's own profile, its images under /media, and the one place other modules ask
// about members (requireVisibleMember, memberCards). Depends on no other module.
import { defineModule } from '../module.ts';
import { registerProfileRoutes } from './profiles.routes.ts';
import { profilesService } from './profiles.service.ts';

export const profilesModule = defineModule((context, _deps: Record<string, never>) => {
  const profiles = profilesService(context, {});
  return {
    name: 'profiles',
    services: { profiles },
    register: (app) => registerProfileRoutes(app, context.actors, profiles),
  };
});
export type ProfilesServices = ReturnType<typeof profilesModule>['services'];
