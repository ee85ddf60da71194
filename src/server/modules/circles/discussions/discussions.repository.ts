// Threads and posts of circle discussions as rows. Writes that go with a notice take the caller's
// transaction (the embedded database has one connection: a write beside an open transaction would
// wait for it forever).
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { circlePosts, circleThreadReads, circleThreads } from '../../../db/schema/index.ts';

export type ThreadRow = typeof circleThreads.$inferSelect;
export type PostRow = typeof circlePosts.$inferSelect;
type Handle = Pick<Db, 'select' | 'insert' | 'update'>;

// Counted on read: visible posts, and those after my read mark that I did not write.
const visiblePosts = sql<number>`(select count(*)::int from ${circlePosts} p
  where p.thread_id = ${circleThreads.id} and p.hidden_at is null)`;
const unreadPosts = (userId: string) => sql<number>`(select count(*)::int from ${circlePosts} p
  where p.thread_id = ${circleThreads.id} and p.hidden_at is null
    and p.author_id is distinct from ${userId}
    and p.created_at > coalesce(${circleThreadReads.lastReadAt}, '-infinity'::timestamptz))`;

export type ThreadListRow = { thread: ThreadRow; posts: number; unread: number };

export const discussionsRepository = (db: Db) => ({
  insertThread: async (tx: Handle, values: typeof circleThreads.$inferInsert) =>
    (await tx.insert(circleThreads).values(values).returning())[0]!,

  /** The check-in thread of an occurrence, made once however many members open it at once. */
  async checkInThread(tx: Handle, values: typeof circleThreads.$inferInsert) {
    await tx.insert(circleThreads).values(values).onConflictDoNothing();
    return (
      await tx
        .select()
        .from(circleThreads)
        .where(
          and(
            eq(circleThreads.meetingId, values.meetingId!),
            eq(circleThreads.occurrenceStart, values.occurrenceStart!),
          ),
        )
    )[0]!;
  },

  findCheckIn: async (meetingId: string, occurrenceStart: Date) =>
    (
      await db
        .select()
        .from(circleThreads)
        .where(and(eq(circleThreads.meetingId, meetingId), eq(circleThreads.occurrenceStart, occurrenceStart)))
    )[0] ?? null,

  findThread: async (id: string, tx: Pick<Db, 'select'> = db) =>
    (await tx.select().from(circleThreads).where(eq(circleThreads.id, id)))[0] ?? null,

  /** Pinned first, then by last activity; hidden threads only for those who moderate. */
  listThreads: async (
    circleId: string,
    userId: string,
    filter: { category?: string | undefined; withHidden: boolean },
  ): Promise<ThreadListRow[]> =>
    db
      .select({ thread: circleThreads, posts: visiblePosts, unread: unreadPosts(userId) })
      .from(circleThreads)
      .leftJoin(
        circleThreadReads,
        and(eq(circleThreadReads.threadId, circleThreads.id), eq(circleThreadReads.userId, userId)),
      )
      .where(
        and(
          eq(circleThreads.circleId, circleId),
          filter.category ? eq(circleThreads.category, filter.category) : undefined,
          filter.withHidden ? undefined : isNull(circleThreads.hiddenAt),
        ),
      )
      .orderBy(desc(circleThreads.pinned), desc(circleThreads.lastPostAt))
      .limit(200),

  /** One thread with its counts for this member. */
  threadFor: async (threadId: string, userId: string): Promise<ThreadListRow | null> =>
    (
      await db
        .select({ thread: circleThreads, posts: visiblePosts, unread: unreadPosts(userId) })
        .from(circleThreads)
        .leftJoin(
          circleThreadReads,
          and(eq(circleThreadReads.threadId, circleThreads.id), eq(circleThreadReads.userId, userId)),
        )
        .where(eq(circleThreads.id, threadId))
    )[0] ?? null,

  updateThread: async (
    id: string,
    changes: Partial<Pick<ThreadRow, 'pinned' | 'locked' | 'hiddenAt' | 'lastPostAt'>>,
    tx: Handle = db,
  ) => (await tx.update(circleThreads).set(changes).where(eq(circleThreads.id, id)).returning())[0] ?? null,

  insertPost: async (tx: Handle, values: typeof circlePosts.$inferInsert) =>
    (await tx.insert(circlePosts).values(values).returning())[0]!,

  postsOf: async (threadId: string, withHidden: boolean) =>
    db
      .select()
      .from(circlePosts)
      .where(and(eq(circlePosts.threadId, threadId), withHidden ? undefined : isNull(circlePosts.hiddenAt)))
      .orderBy(asc(circlePosts.createdAt))
      .limit(1000),

  findPost: async (id: string, tx: Pick<Db, 'select'> = db) =>
    (
      await tx
        .select({ post: circlePosts, thread: circleThreads })
        .from(circlePosts)
        .innerJoin(circleThreads, eq(circleThreads.id, circlePosts.threadId))
        .where(eq(circlePosts.id, id))
    )[0] ?? null,

  updatePost: async (id: string, changes: Partial<Pick<PostRow, 'body' | 'editedAt' | 'hiddenAt' | 'hiddenByAdmin'>>) =>
    (await db.update(circlePosts).set(changes).where(eq(circlePosts.id, id)).returning())[0]!,

  /** Who wrote in the thread so far (they hear of replies). */
  participantIds: async (tx: Pick<Db, 'selectDistinct'>, threadId: string) =>
    (
      await tx
        .selectDistinct({ authorId: circlePosts.authorId })
        .from(circlePosts)
        .where(and(eq(circlePosts.threadId, threadId), isNull(circlePosts.hiddenAt)))
    )
      .map((row) => row.authorId)
      .filter((id): id is string => id !== null),

  /**
   * Read up to the thread's newest post, as the database stamped it (a JavaScript Date would drop
   * the microseconds and leave that post unread); a mark never moves back.
   */
  async markRead(userId: string, threadId: string) {
    const newest = sql`coalesce((select max(created_at) from ${circlePosts} where thread_id = ${threadId}), now())`;
    await db
      .insert(circleThreadReads)
      .values({ userId, threadId, lastReadAt: newest })
      .onConflictDoUpdate({
        target: [circleThreadReads.userId, circleThreadReads.threadId],
        set: { lastReadAt: sql`greatest(${circleThreadReads.lastReadAt}, excluded.last_read_at)` },
      });
  },
});
export type DiscussionsRepository = ReturnType<typeof discussionsRepository>;
