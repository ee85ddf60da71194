// The notification centre: the service every module tells members through, its API, the
// unsubscribe pages, and the email timers.
import { defineModule } from '../module.ts';
import { scheduleNotificationEmails } from './notification-email.schedule.ts';
import { notificationPreferencesService } from './notification-preferences.service.ts';
import { registerNotificationRoutes } from './notifications.routes.ts';
import { notificationsService } from './notifications.service.ts';
import { registerUnsubscribeRoutes } from './unsubscribe.routes.ts';

export const notificationsModule = defineModule((context, _deps: Record<string, never>) => {
  const notifications = notificationsService(context, {});
  const preferences = notificationPreferencesService(context, {});
  return {
    name: 'notifications',
    services: { notifications, preferences },
    async register(app) {
      registerNotificationRoutes(app, context.actors, { notifications, preferences });
      await registerUnsubscribeRoutes(app, context, preferences);
      scheduleNotificationEmails(context);
    },
  };
});
export type NotificationsServices = ReturnType<typeof notificationsModule>['services'];
