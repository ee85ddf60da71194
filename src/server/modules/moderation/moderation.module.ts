// Moderation (docs/moderation.md). Two modules from one folder: the report intake, built first, so
// that messages and circle discussions file their existing report routes into the admin queue; and
// moderation itself, built last, with every module's Reportables (modules/index.ts lists them).
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { defineModule } from '../module.ts';
import { registerAdminDevRoute } from './admin-dev.routes.ts';
import { adminQueueService } from './admin-queue.service.ts';
import { adminsService } from './admins.service.ts';
import { moderationActionsService } from './moderation-actions.service.ts';
import { registerModerationRoutes } from './moderation.routes.ts';
import { reportIntakeService } from './report-intake.service.ts';
import type { Reportable } from './reportable.ts';
import { reportablesByKind, reportsService, type ReportsDeps } from './reports.service.ts';

export const reportIntakeModule = defineModule((context, _deps: Record<string, never>) => ({
  name: 'moderation-intake',
  services: { intake: reportIntakeService(context, {}) },
}));

export type ModerationModuleDeps = {
  /** One per reportable kind, from the modules that own them. */
  reportables: readonly Reportable[];
  intake: ReportsDeps['intake'];
  profiles: ProfilesService;
  notifications: NotificationsService;
};

export const moderationModule = defineModule((context, deps: ModerationModuleDeps) => {
  const byKind = reportablesByKind(deps.reportables);
  const admins = adminsService(context, {});
  const reports = reportsService({ reportables: deps.reportables, intake: deps.intake });
  const queue = adminQueueService(context, { admins, byKind, profiles: deps.profiles });
  const actions = moderationActionsService(context, {
    admins,
    byKind,
    profiles: deps.profiles,
    notifications: deps.notifications,
  });
  return {
    name: 'moderation',
    services: { admins, reports, queue, actions },
    register: (app) => {
      registerModerationRoutes(app, context.actors, { reports, admins, queue, actions });
      registerAdminDevRoute(app, context);
      // A suspension with an end comes off within a minute of it (the profile shows again).
      context.jobs.add({
        name: 'moderation-suspensions-end',
        everyMs: 60_000,
        run: () => actions.endExpiredSuspensions(),
      });
    },
  };
});
export type ModerationServices = ReturnType<typeof moderationModule>['services'];
