// The in-app notifications the network sends. What they say is worded by the notification
// centre (notice-wording.ts); this names who acted and on what. The member who acts on a
// connection has dealt with what they were told about it: it is marked read.
import type { Actor } from '../../http/actor.ts';
import type { Notices } from '../notifications/notifications.service.ts';

export function networkNotices(notices: Notices) {
  return {
    requested: (from: Pick<Actor, 'name'>, toUserId: string, connectionId: string) =>
      notices.notify({
        userId: toUserId,
        kind: 'connection.requested',
        actor: from.name,
        subject: { type: 'connection', id: connectionId },
      }),
    async accepted(by: Pick<Actor, 'name' | 'userId'>, requesterUserId: string, connectionId: string) {
      await notices.notify({
        userId: requesterUserId,
        kind: 'connection.accepted',
        actor: by.name,
        subject: { type: 'connection', id: connectionId },
      });
      await notices.actedOn(by.userId, { type: 'connection', id: connectionId });
    },
  };
}
