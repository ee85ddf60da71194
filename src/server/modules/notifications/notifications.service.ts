// The notification centre. Every domain calls notify() when something happens to a member; the
// member sees it in the app (live over the real-time hub when connected) and, while away, by
// email (see notification-email.service.ts).
import { categoryOf, type NotificationList, type NotificationQuery } from '../../../contracts/notifications.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { invalid, notFound } from '../../http/errors.ts';
import { toNotification } from './notifications.mapper.ts';
import { notificationsRepository } from './notifications.repository.ts';
import { isNoticeKind, subjectKey, subjectPath, wordingOf, type NoticeFacts, type NoticeKind, type NoticeSubject } from './notice-wording.ts';
import { hubOf } from './presence.ts';

/**
 * A notice: who is told, what happened (a kind with fixed wording), who did it and about what.
 * There is deliberately no free-text field: see notice-wording.ts.
 */
export type NotifyInput = {
  userId: string;
  kind: NoticeKind;
  /** The name of whoever acted (a member, or an external recipient's address); one line. */
  actor?: string;
  subject: NoticeSubject;
  facts?: NoticeFacts;
  /** The same key for the same member is stored once: retries and double clicks notify once. */
  dedupeKey?: string | null;
};

const clip = (value: unknown, max: number) => (typeof value === 'string' ? value.trim().slice(0, max) : '');

export function notificationsService(context: AppContext) {
  const repo = notificationsRepository(context.db);

  /** Stores a notification and pushes it to the member if connected. Never throws on odd input or an unknown member. */
  async function notify(input: NotifyInput): Promise<void> {
    // A kind nobody worded has nothing safe to say (a cast can get one past the types).
    if (!isNoticeKind(input.kind) || !input.subject) return;
    const words = wordingOf(input.kind, input.actor, input.facts);
    const values = {
      userId: typeof input.userId === 'string' ? input.userId : '',
      kind: input.kind,
      category: categoryOf(input.kind),
      // One line: it becomes an email subject.
      title: words.title.replace(/\s+/g, ' ').slice(0, 200),
      body: words.body.slice(0, 500),
      link: subjectPath(input.subject),
      subject: subjectKey(input.subject),
      dedupeKey: input.dedupeKey ? clip(input.dedupeKey, 200) : null,
    };
    // Checked first rather than caught: a foreign-key failure would abort a caller's transaction
    // (notify may run on a transaction's db). A member gone has nobody to tell.
    if (!values.userId || !(await repo.memberExists(values.userId))) return;
    const row = await repo.insert(values);
    if (!row) return;
    await publish(row.userId, { type: 'notification', notification: toNotification(row) });
  }

  /**
   * The member acted on this subject (answered the referral, accepted the trade …): whatever they
   * were told about it is dealt with. Called on the acting service's transaction, so the action
   * and the read mark commit together.
   */
  async function actedOn(userId: string, subject: NoticeSubject): Promise<void> {
    const ids = await repo.markSubjectRead(userId, subjectKey(subject));
    if (ids.length > 0) await publish(userId, { type: 'notifications.read', ids, unreadCount: await repo.countUnread(userId) });
  }

  // Live events are a courtesy: what is stored is what matters, and the member sees it on the
  // next load (and by email if away), so a hub failure never fails the caller.
  async function publish(userId: string, event: { type: string; [key: string]: unknown }) {
    try {
      await hubOf(context)?.publish([userId], event);
    } catch {
      // see above
    }
  }

  return {
    notify,
    actedOn,

    async list(actor: Pick<Actor, 'userId'>, query: NotificationQuery): Promise<NotificationList> {
      const cursor = query.before ? await repo.findCursor(actor.userId, query.before) : undefined;
      if (cursor === null) throw invalid('before', 'is not one of your notifications');
      const rows = await repo.findPage(actor.userId, { unread: query.unread, before: cursor, limit: query.limit + 1 });
      const items = rows.slice(0, query.limit).map(toNotification);
      return { items, unreadCount: await repo.countUnread(actor.userId), nextBefore: rows.length > query.limit ? items.at(-1)!.id : null };
    },

    async markRead(actor: Pick<Actor, 'userId'>, id: string) {
      const row = await repo.markRead(actor.userId, id);
      if (!row) throw notFound('Notification not found');
      // The member's other tabs and devices update their badge.
      await publish(actor.userId, { type: 'notifications.read', ids: [row.id], unreadCount: await repo.countUnread(actor.userId) });
      return toNotification(row);
    },

    async markAllRead(actor: Pick<Actor, 'userId'>) {
      const marked = await repo.markAllRead(actor.userId);
      const unreadCount = await repo.countUnread(actor.userId);
      await publish(actor.userId, { type: 'notifications.read', ids: 'all', unreadCount });
      return { marked, unreadCount };
    },
  };
}
export type NotificationsService = ReturnType<typeof notificationsService>;
