// The notification centre's API: the list with an unread count, marking read, and email preferences.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  notificationIdParamsSchema,
  notificationListSchema,
  notificationPreferencesSchema,
  notificationPreferencesUpdateSchema,
  notificationQuerySchema,
  notificationSchema,
  readAllResultSchema,
} from '../../../contracts/notifications.ts';
import type { Actors } from '../../http/actor.ts';
import type { NotificationPreferencesService } from './notification-preferences.service.ts';
import type { NotificationsService } from './notifications.service.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';

const member = memberRouteOptions(['notifications']);

export function registerNotificationRoutes(
  base: FastifyInstance,
  actors: Actors,
  { notifications, preferences }: { notifications: NotificationsService; preferences: NotificationPreferencesService },
) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/notifications',
    member({
      summary:
        'My notifications, newest first, with the unread count (unread=true for unread only; before=<id> for the next page)',
      querystring: notificationQuerySchema,
      response: { 200: notificationListSchema },
    }),
    async (request) => notifications.list(await actors.required(request), request.query),
  );

  // Registered before /{id}/read so "read-all" is never taken for an id.
  app.post(
    '/api/notifications/read-all',
    member({ summary: 'Mark all my notifications read', response: { 200: readAllResultSchema } }),
    async (request) => notifications.markAllRead(await actors.required(request)),
  );

  app.post(
    '/api/notifications/:id/read',
    member({
      summary: 'Mark one of my notifications read (404 when it is not mine)',
      params: notificationIdParamsSchema,
      response: { 200: notificationSchema },
    }),
    async (request) => notifications.markRead(await actors.required(request), request.params.id),
  );

  app.get(
    '/api/notifications/preferences',
    member({
      summary: 'My email preferences per category and the weekly digest switch',
      response: { 200: notificationPreferencesSchema },
    }),
    async (request) => preferences.get(await actors.required(request)),
  );

  app.put(
    '/api/notifications/preferences',
    member({
      summary: 'Change my email preferences: only the categories given change (instant | batched | off)',
      body: notificationPreferencesUpdateSchema,
      response: { 200: notificationPreferencesSchema },
    }),
    async (request) => preferences.update(await actors.required(request), request.body),
  );
}
