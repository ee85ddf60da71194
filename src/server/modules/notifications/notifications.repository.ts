// Notification rows for one member: store (deduplicated), page newest first, mark read.
import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { notifications, user } from '../../db/schema/index.ts';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = Pick<
  NotificationRow,
  'userId' | 'kind' | 'category' | 'title' | 'body' | 'link' | 'subject' | 'dedupeKey'
>;

export const notificationsRepository = (db: Db) => ({
  /** Runs `work` in one transaction, with a database handle bound to it for other repositories. */
  inTransaction: <T>(work: (tx: Db) => Promise<T>) => db.transaction((tx) => work(tx as unknown as Db)),

  /** The stored row, or null when the member already has one with this dedupe key. */
  insert: async (values: NewNotification) => {
    const [row] = await db.insert(notifications).values(values).onConflictDoNothing().returning();
    return row ?? null;
  },

  /** One notification by id, only when it is the member's (an owner-scoped load for the access policy). */
  findOwned: async (userId: string, id: string) =>
    (
      await db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, userId), eq(notifications.id, id)))
    )[0] ?? null,

  memberExists: async (userId: string) =>
    (await db.select({ id: user.id }).from(user).where(eq(user.id, userId)).limit(1)).length > 0,

  /** Newest first; `before` is the id of the last row of the previous page (keyset, so no row repeats or slips). */
  findPage: (
    userId: string,
    options: { unread?: boolean; before?: { createdAt: string; id: string }; limit: number },
  ) =>
    db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, userId),
          options.unread === undefined
            ? undefined
            : options.unread
              ? isNull(notifications.readAt)
              : sql`${notifications.readAt} is not null`,
          options.before
            ? sql`(${notifications.createdAt}, ${notifications.id}) < (${options.before.createdAt}::timestamptz, ${options.before.id}::uuid)`
            : undefined,
        ),
      )
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(options.limit),

  // The cursor is read back from the row itself, so the database's microseconds are kept.
  findCursor: async (userId: string, id: string) => {
    const [row] = await db
      .select({ createdAt: sql<string>`${notifications.createdAt}::text`, id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), eq(notifications.id, id)));
    return row ?? null;
  },

  countUnread: async (userId: string) => {
    const [row] = await db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
    return row?.n ?? 0;
  },

  /** The row after marking it read (already-read rows keep their first read time); null when not the member's. */
  markRead: async (userId: string, id: string) => {
    const [row] = await db
      .update(notifications)
      .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
      .where(and(eq(notifications.userId, userId), eq(notifications.id, id)))
      .returning();
    return row ?? null;
  },

  /** Marks the member's unread notices about one subject read; the ids marked. */
  markSubjectRead: async (userId: string, subject: string) =>
    (
      await db
        .update(notifications)
        .set({ readAt: sql`now()` })
        .where(and(eq(notifications.userId, userId), eq(notifications.subject, subject), isNull(notifications.readAt)))
        .returning({ id: notifications.id })
    ).map((row) => row.id),

  markAllRead: async (userId: string) =>
    (
      await db
        .update(notifications)
        .set({ readAt: sql`now()` })
        .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
        .returning({ id: notifications.id })
    ).length,
});
