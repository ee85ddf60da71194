// Profiles: a member's own profile, its images under /media, and the one place other modules ask
// about members (requireVisibleMember, memberCards). Depends on no other module.
import { defineModule } from '../module.ts';
import { registerProfileRoutes } from './profiles.routes.ts';
import { profileReportable } from './profile-reportable.ts';
import { profilesRepository } from './profiles.repository.ts';
import { profilesService } from './profiles.service.ts';

export const profilesModule = defineModule((context, _deps: Record<string, never>) => {
  const profiles = profilesService(context, {});
  return {
    name: 'profiles',
    // What members can report of profiles (moderation/reportable.ts).
    services: { profiles, reportables: [profileReportable(profilesRepository(context.db), profiles)] },
    register: (app) => registerProfileRoutes(app, context.actors, profiles),
  };
});
export type ProfilesServices = ReturnType<typeof profilesModule>['services'];
