// Circles: local and online groups, their members and roles, invitations, the /circles page.
// Meetings and the video room build on what `circles` exports (memberRole, activeMemberIds).
import type { ContactsServices } from '../contacts/contacts.module.ts';
import { defineModule } from '../module.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import type { RoomsServices } from '../rooms/rooms.module.ts';
import { registerCircleInvitationRoutes } from './circle-invitations.routes.ts';
import { circleInvitationsService } from './circle-invitations.service.ts';
import { circleInviteDelivery } from './circle-invite-delivery.ts';
import { registerCircleMemberRoutes } from './circle-members.routes.ts';
import { circleMembershipService } from './circle-membership.service.ts';
import { circleSettingsService } from './circle-settings.service.ts';
import { registerCirclePages } from './circle-pages.routes.ts';
import { circleReportable } from './circle-reportable.ts';
import { circlesPolicy } from './circles.policy.ts';
import { circlesRepository } from './circles.repository.ts';
import { registerCircleRoutes } from './circles.routes.ts';
import { circlesService } from './circles.service.ts';

export type CirclesModuleDeps = {
  profiles: ProfilesService;
  contacts: ContactsServices['contacts'];
  notifications: NotificationsService;
  rooms: RoomsServices['rooms'];
};

export const circlesModule = defineModule(
  (context, { profiles, contacts, notifications, rooms }: CirclesModuleDeps) => {
    // One policy for the three services, so each route's check is the same rule.
    const repo = circlesRepository(context.db);
    const policy = circlesPolicy(repo);
    const delivery = circleInviteDelivery(context, { profiles, contacts });
    const invitations = circleInvitationsService(context, { policy, profiles, delivery, notifications });
    const circles = circlesService(context, { policy, profiles, notifications, delivery });
    const membership = circleMembershipService(context, { policy, profiles, notifications, rooms });
    const settings = circleSettingsService(context, { policy });
    return {
      name: 'circles',
      // What members can report of circles (moderation/reportable.ts).
      services: { circles, membership, invitations, settings, reportables: [circleReportable(repo, policy)] },
      register: async (app) => {
        registerCircleRoutes(app, context.actors, { circles, settings });
        registerCircleMemberRoutes(app, context.actors, membership);
        registerCircleInvitationRoutes(app, context.actors, invitations);
        await registerCirclePages(app, context, { circles, invitations });
      },
    };
  },
);
export type CirclesServices = ReturnType<typeof circlesModule>['services'];
