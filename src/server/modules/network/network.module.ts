// The trusted network: connections, the private trusted mark, endorsements and reciprocity; and
// what other modules ask of it (who is connected or trusted, endorsement counts for the profile
// view, referrals redirected to a cover).
import { defineModule } from '../module.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { endorsementsService } from './endorsements.service.ts';
import { registerNetworkRoutes } from './network.routes.ts';
import { networkService } from './network.service.ts';
import { reciprocityService } from './reciprocity.service.ts';

export type NetworkModuleDeps = { profiles: ProfilesService; notifications: NotificationsService };

export const networkModule = defineModule((context, { profiles, notifications }: NetworkModuleDeps) => {
  const network = networkService(context, { profiles, notifications });
  const endorsements = endorsementsService(context, { profiles, connections: network });
  const reciprocity = reciprocityService(context, { profiles });
  return {
    name: 'network',
    services: { network, endorsements, reciprocity },
    register: (app) => registerNetworkRoutes(app, context.actors, { network, endorsements, reciprocity }),
  };
});
export type NetworkServices = ReturnType<typeof networkModule>['services'];
