// The notification centre. Every domain tells a member when something happens to them; the
// member sees it in the app (live over the real-time hub when connected) and, while away, by
// email (see notification-email.service.ts). A change and the notices it causes are written in
// one transaction (`transaction`), and the live events go out only after it commits.
import { categoryOf, type NotificationList, type NotificationQuery } from '../../../contracts/notifications.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { notificationsPolicy } from './notifications.policy.ts';
import type { Actor } from '../../http/actor.ts';
import { invalid } from '../../http/errors.ts';
import { toNotification } from './notifications.mapper.ts';
import { notificationsRepository } from './notifications.repository.ts';
import {
  isNoticeKind,
  subjectKey,
  subjectPath,
  wordingOf,
  type NoticeFacts,
  type NoticeKind,
  type NoticeSubject,
} from './notice-wording.ts';
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

/** Notices written on one database handle (the app's, or a transaction's). */
export type Notices = {
  notify: (input: NotifyInput) => Promise<void>;
  /**
   * The member acted on this subject (answered the referral, accepted the trade …): whatever they
   * were told about it is dealt with. On a transaction, the action and the read mark commit together.
   */
  actedOn: (userId: string, subject: NoticeSubject) => Promise<void>;
};

type LiveEvent = { type: string; [key: string]: unknown };
type Publish = (userId: string, event: LiveEvent) => Promise<void>;

const clip = (value: unknown, max: number) => (typeof value === 'string' ? value.trim().slice(0, max) : '');

export type NotificationsDeps = Record<string, never>;

export function notificationsService(context: AppContext, _deps: NotificationsDeps = {}) {
  const repo = notificationsRepository(context.db);
  const policy = notificationsPolicy(repo);

  // Live events are a courtesy: what is stored is what matters, and the member sees it on the
  // next load (and by email if away), so a hub failure never fails the caller.
  const publish: Publish = async (userId, event) => {
    try {
      await hubOf(context)?.publish([userId], event);
    } catch {
      // see above
    }
  };

  function noticesOn(db: Db, live: Publish): Notices {
    const onDb = notificationsRepository(db);
    return {
      /** Stores a notification and pushes it to the member if connected. Never throws on odd input or an unknown member. */
      async notify(input) {
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
        // Checked first rather than caught: a foreign-key failure would abort a caller's transaction.
        // A member gone has nobody to tell.
        if (!values.userId || !(await onDb.memberExists(values.userId))) return;
        const row = await onDb.insert(values);
        if (!row) return;
        await live(row.userId, { type: 'notification', notification: toNotification(row) });
      },
      async actedOn(userId, subject) {
        const ids = await onDb.markSubjectRead(userId, subjectKey(subject));
        if (ids.length > 0)
          await live(userId, { type: 'notifications.read', ids, unreadCount: await onDb.countUnread(userId) });
      },
    };
  }

  const direct = noticesOn(context.db, publish);

  return {
    ...direct,

    /**
     * Runs `work` in one transaction whose notices are written on it: the change and its notices
     * commit together or not at all (a failing notice rolls the change back). Live events are sent
     * after the commit, and never for a transaction that rolled back.
     */
    async transaction<T>(work: (tx: Db, notices: Notices) => Promise<T>): Promise<T> {
      const pending: [string, LiveEvent][] = [];
      const result = await repo.inTransaction((tx) =>
        work(
          tx,
          noticesOn(tx, async (userId, event) => void pending.push([userId, event])),
        ),
      );
      for (const [userId, event] of pending) await publish(userId, event);
      return result;
    },

    async list(actor: Pick<Actor, 'userId'>, query: NotificationQuery): Promise<NotificationList> {
      const cursor = query.before ? await repo.findCursor(actor.userId, query.before) : undefined;
      if (cursor === null) throw invalid('before', 'is not one of your notifications');
      const rows = await repo.findPage(actor.userId, { unread: query.unread, before: cursor, limit: query.limit + 1 });
      const items = rows.slice(0, query.limit).map(toNotification);
      return {
        items,
        unreadCount: await repo.countUnread(actor.userId),
        nextBefore: rows.length > query.limit ? items.at(-1)!.id : null,
      };
    },

    async markRead(actor: Actor, id: string) {
      await policy.requireAccess(actor, 'notifications.update', id);
      const row = (await repo.markRead(actor.userId, id))!;
      // The member's other tabs and devices update their badge.
      await publish(actor.userId, {
        type: 'notifications.read',
        ids: [row.id],
        unreadCount: await repo.countUnread(actor.userId),
      });
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
export type { NoticeKind } from './notice-wording.ts';
