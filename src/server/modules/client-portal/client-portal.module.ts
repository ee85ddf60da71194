// The client portal: the client as a second kind of actor (decisions/024). Invitations, sign-in
// links, passwords and sessions (portal-auth.service.ts), the client's own view of their records
// (portal.service.ts), and the /portal/link page. Intake, plans, notes and check-ins add their
// own /api/portal routes in their modules, with the same actor.
import { defineModule } from '../module.ts';
import type { ClientsService } from '../clients/clients.service.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { RateLimitsService } from '../platform/rate-limits.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { registerPortalLinkPages } from './portal-link.routes.ts';
import { portalAuthService } from './portal-auth.service.ts';
import { registerPortalRoutes } from './portal.routes.ts';
import { portalService } from './portal.service.ts';

export type ClientPortalDeps = {
  clients: ClientsService;
  profiles: ProfilesService;
  notifications: NotificationsService;
  rateLimits: RateLimitsService;
};

export const clientPortalModule = defineModule((context, deps: ClientPortalDeps) => {
  const auth = portalAuthService(context, deps);
  const portal = portalService({ ...deps, idleMinutes: context.config.clinical.idleMinutes });
  return {
    name: 'client-portal',
    services: { auth, portal },
    register: (app) => {
      registerPortalRoutes(app, context, { auth, portal });
      registerPortalLinkPages(app, context, auth);
    },
  };
});
