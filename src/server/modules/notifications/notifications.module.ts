// The notification centre: its API, the unsubscribe pages, and the email timers.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { scheduleNotificationEmails } from './notification-email.schedule.ts';
import { registerNotificationRoutes } from './notifications.routes.ts';
import { registerUnsubscribeRoutes } from './unsubscribe.routes.ts';

export async function registerNotificationsModule(app: FastifyInstance, context: AppContext) {
  registerNotificationRoutes(app, context);
  await registerUnsubscribeRoutes(app, context);
  scheduleNotificationEmails(context);
}
