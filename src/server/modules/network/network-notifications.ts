// The in-app notifications the network sends. What they say is worded by the notification
// centre (notice-wording.ts); this names who acted and on what. The member who acts on a
// connection or a cover request has dealt with what they were told about it: it is marked read.
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { notificationsService, type NotifyInput } from '../notifications/notifications.service.ts';

export function networkNotifications(context: AppContext) {
  const notifications = notificationsService(context);
  const notify = (input: NotifyInput) => notifications.notify(input);
  return {
    notify,
    actedOn: notifications.actedOn,
    requested: (from: Pick<Actor, 'name'>, toUserId: string, connectionId: string) =>
      notify({ userId: toUserId, kind: 'connection.requested', actor: from.name, subject: { type: 'connection', id: connectionId } }),
    async accepted(by: Pick<Actor, 'name' | 'userId'>, requesterUserId: string, connectionId: string) {
      await notify({ userId: requesterUserId, kind: 'connection.accepted', actor: by.name, subject: { type: 'connection', id: connectionId } });
      await notifications.actedOn(by.userId, { type: 'connection', id: connectionId });
    },
  };
}
