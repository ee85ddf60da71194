// Cover when away: away periods and cover requests, the away notice other modules show (the
// profile view, the directory, public pages), and the thank-you pass after a period ends.
import { defineModule } from '../module.ts';
import { awayBanners } from './away-banners.ts';
import { scheduleAwayThanks } from './away-thanks.ts';
import { registerAwayRoutes } from './away.routes.ts';
import { awayService, type AwayDeps } from './away.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';

export type CoverDeps = AwayDeps & { profiles: Pick<ProfilesService, 'requireVisibleMember' | 'memberCards'> };

export const coverModule = defineModule((context, deps: CoverDeps) => {
  const away = awayService(context, deps);
  const banners = awayBanners(context.db, deps.profiles);
  return {
    name: 'cover',
    services: {
      away,
      banners,
      /** The away notice on one member's profile, while they are away today. */
      awayBanner: (userId: string, viewerSignedIn: boolean) => banners.forUser(userId, viewerSignedIn),
    },
    register(app) {
      registerAwayRoutes(app, context.actors, away);
      scheduleAwayThanks(context, deps);
    },
  };
});
export type CoverServices = ReturnType<typeof coverModule>['services'];
