// The in-app notifications the circle and cover send, worded in one place.
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { notificationsService } from '../notifications/notifications.service.ts';

export function circleNotices(context: AppContext) {
  const notifications = notificationsService(context);
  const notify = (input: { userId: string; kind: string; title: string; body: string; link: string; dedupeKey?: string }) => notifications.notify(input);
  return {
    notify,
    requested: (from: Pick<Actor, 'name'>, toUserId: string) =>
      notify({ userId: toUserId, kind: 'connection.requested', title: `${from.name} wants to connect`, body: `${from.name} asked to join your circle.`, link: '/app/circle' }),
    accepted: (by: Pick<Actor, 'name'>, requesterUserId: string) =>
      notify({ userId: requesterUserId, kind: 'connection.accepted', title: `${by.name} accepted`, body: `${by.name} is now in your circle.`, link: '/app/circle' }),
  };
}
