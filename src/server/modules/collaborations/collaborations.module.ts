// Collaborations (docs/growth.md, Collaborations): joint marketing campaigns with a public landing
// page and per-participant counts, research projects with a public sign-up page, volunteer events
// with shifts and reminders, and couples-massage partner requests. Group purchasing pools live in
// ./pools with their own composition root.
import type { MessagesModuleDeps } from '../messages/messages.module.ts';
import type { messagesModule } from '../messages/messages.module.ts';
import { defineModule } from '../module.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { OffersService } from '../offers/offers.service.ts';
import type { PlatformServices } from '../platform/platform.module.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { campaignLanding } from './campaigns/campaign-landing.ts';
import { registerCampaignRoutes } from './campaigns/campaigns.routes.ts';
import { campaignsService } from './campaigns/campaigns.service.ts';
import { collaborationReportables } from './collaborations-reportables.ts';
import { registerHubRoute } from './collaborations.routes.ts';
import { registerCouplesRoutes } from './couples/couples.routes.ts';
import { couplesService } from './couples/couples.service.ts';
import { registerResearchRoutes } from './research/research.routes.ts';
import { researchService } from './research/research.service.ts';
import { scheduleVolunteerReminders, sendVolunteerReminders } from './volunteering/volunteer-reminders.ts';
import { registerVolunteeringRoutes } from './volunteering/volunteering.routes.ts';
import { volunteeringService } from './volunteering/volunteering.service.ts';

export type MessagesModuleServices = Pick<ReturnType<typeof messagesModule>['services'], 'conversations' | 'messages'>;
export type { MessagesModuleDeps };

export type CollaborationsDeps = {
  profiles: ProfilesService;
  offers: Pick<OffersService, 'get'>;
  notifications: Pick<NotificationsService, 'transaction'>;
  messages: MessagesModuleServices;
  platform: Pick<PlatformServices, 'newAccountPosts'>;
};

export const collaborationsModule = defineModule((context, deps: CollaborationsDeps) => {
  const newAccountPosts = deps.platform.newAccountPosts;
  const campaigns = campaignsService(context, { ...deps, newAccountPosts });
  const research = researchService(context, { ...deps, newAccountPosts });
  const volunteering = volunteeringService(context, { ...deps, newAccountPosts });
  const couples = couplesService(context, { ...deps, newAccountPosts });
  const landing = campaignLanding(context, campaigns.repo, deps.profiles);
  const services = { campaigns, research, volunteering, couples };
  return {
    name: 'collaborations',
    services: {
      ...services,
      reportables: collaborationReportables(services),
      /** The reminder pass the job runs, run now (tests, scripts); answers how many were sent. */
      sendVolunteerReminders: (now?: Date) => sendVolunteerReminders(context, now),
    },
    async register(app) {
      registerHubRoute(app, context.actors, services);
      await registerCampaignRoutes(app, context, campaigns, landing);
      await registerResearchRoutes(app, context, research, deps.profiles);
      registerVolunteeringRoutes(app, context.actors, volunteering);
      registerCouplesRoutes(app, context.actors, couples);
      scheduleVolunteerReminders(context);
    },
  };
});
export type CollaborationsServices = Pick<
  ReturnType<typeof collaborationsModule>['services'],
  'campaigns' | 'research' | 'volunteering' | 'couples'
>;
