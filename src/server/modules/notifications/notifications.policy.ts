// Who may do what to a notification: only the member it was written for reads or marks it.
import { definePolicy, ownedBy } from '../../access/access.ts';
import type { MemberActor } from '../../access/actor.ts';
import type { NotificationRow, notificationsRepository } from './notifications.repository.ts';

export type NotificationPermission = 'notifications.read' | 'notifications.update';

export const notificationsPolicy = (repo: ReturnType<typeof notificationsRepository>) =>
  definePolicy<NotificationPermission, MemberActor, NotificationRow>({
    notFoundMessage: 'Notification not found',
    load: (actor, id) => repo.findOwned(actor.userId, id),
    rules: { 'notifications.read': ownedBy((row) => row.userId), 'notifications.update': ownedBy((row) => row.userId) },
  });
