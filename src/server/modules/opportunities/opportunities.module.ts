// The opportunities board: posts with typed details, search near a postal code, reply by message,
// expiry (archived by the scheduler), saved searches with email alerts, the public server-rendered
// pages, and what moderation may report and hide (`reportables`).
import { defineModule } from '../module.ts';
import { scheduleOpportunityAlerts } from './opportunity-alerts.ts';
import { scheduleOpportunityExpiry } from './opportunity-expiry.ts';
import { registerOpportunityPages } from './opportunity-pages.routes.ts';
import { opportunityReportable } from './opportunity-reportable.ts';
import { registerOpportunityRoutes } from './opportunities.routes.ts';
import { opportunitiesService, type OpportunitiesDeps } from './opportunities.service.ts';
import { savedSearchesService } from './saved-searches.service.ts';

export const opportunitiesModule = defineModule((context, deps: OpportunitiesDeps) => {
  const board = opportunitiesService(context, deps);
  const savedSearches = savedSearchesService(context);
  return {
    name: 'opportunities',
    services: { board, savedSearches, reportables: [opportunityReportable(context, board)] },
    async register(app) {
      registerOpportunityRoutes(app, context.actors, { board, savedSearches });
      await registerOpportunityPages(app, context, { board, savedSearches });
      scheduleOpportunityExpiry(context);
      scheduleOpportunityAlerts(context);
    },
  };
});
export type OpportunitiesServices = ReturnType<typeof opportunitiesModule>['services'];
