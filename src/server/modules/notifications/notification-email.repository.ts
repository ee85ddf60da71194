// What the email runs read and claim. Every claim is one conditional statement (UPDATE … WHERE
// emailed_at IS NULL RETURNING, or an insert that loses on conflict), so two instances running at
// once split the work instead of both sending it.
import { and, desc, eq, gte, inArray, isNull, lte, min, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  notificationDigests,
  notifications,
  notificationUnsubscribeTokens,
  profiles,
  user,
} from '../../db/schema/index.ts';

const pending = (now: Date) =>
  and(
    isNull(notifications.readAt),
    isNull(notifications.emailedAt),
    lte(notifications.createdAt, sql`${now.toISOString()}::timestamptz`),
  );

export const notificationEmailRepository = (db: Db) => ({
  /** Members with unread, un-emailed notifications, and per category the oldest one's time. */
  findPending: async (now: Date, limit: number) => {
    const rows = await db
      .select({ userId: notifications.userId, category: notifications.category, oldest: min(notifications.createdAt) })
      .from(notifications)
      .where(pending(now))
      .groupBy(notifications.userId, notifications.category)
      .limit(limit);
    const byMember = new Map<string, { category: string; oldest: Date }[]>();
    for (const row of rows)
      byMember.set(row.userId, [
        ...(byMember.get(row.userId) ?? []),
        { category: row.category, oldest: new Date(row.oldest!) },
      ]);
    return byMember;
  },

  member: async (userId: string) =>
    (await db.select({ email: user.email, name: user.name }).from(user).where(eq(user.id, userId)))[0] ?? null,

  /** Marks the member's pending notifications in these categories emailed and returns the rows this caller won. */
  claim: (userId: string, categories: string[], now: Date) =>
    categories.length === 0
      ? Promise.resolve([])
      : db
          .update(notifications)
          .set({ emailedAt: sql`now()` })
          .where(and(eq(notifications.userId, userId), inArray(notifications.category, categories), pending(now)))
          .returning(),

  /** Gives claimed rows back when the message could not be queued, so a later run sends them. */
  release: (ids: string[]) =>
    ids.length === 0
      ? Promise.resolve()
      : db
          .update(notifications)
          .set({ emailedAt: null })
          .where(inArray(notifications.id, ids))
          .then(() => undefined),

  saveUnsubscribeToken: (userId: string, tokenHash: string) =>
    db.insert(notificationUnsubscribeTokens).values({ userId, tokenHash }),
  findUnsubscribeToken: async (tokenHash: string) =>
    (
      await db
        .select({ userId: notificationUnsubscribeTokens.userId })
        .from(notificationUnsubscribeTokens)
        .where(eq(notificationUnsubscribeTokens.tokenHash, tokenHash))
    )[0] ?? null,

  /**
   * Members with notifications since `since` who have not had a digest for `latestWeek` or later
   * and have not turned it off, with their time zone (which week is theirs is the caller's rule).
   */
  findDigestRecipients: (since: Date, latestWeek: string) =>
    db
      .selectDistinct({ userId: notifications.userId, timeZone: profiles.timeZone })
      .from(notifications)
      .leftJoin(profiles, eq(profiles.userId, notifications.userId))
      .where(
        and(
          gte(notifications.createdAt, sql`${since.toISOString()}::timestamptz`),
          // 'YYYY-Www' sorts as the weeks do.
          sql`not exists (select 1 from notification_digests d where d.user_id = ${notifications.userId} and d.week >= ${latestWeek})`,
          sql`not exists (select 1 from notification_preferences p where p.user_id = ${notifications.userId} and p.weekly_digest = false)`,
        ),
      ),

  claimDigest: async (userId: string, week: string) =>
    (
      await db
        .insert(notificationDigests)
        .values({ userId, week })
        .onConflictDoNothing()
        .returning({ userId: notificationDigests.userId })
    ).length > 0,
  releaseDigest: (userId: string, week: string) =>
    db
      .delete(notificationDigests)
      .where(and(eq(notificationDigests.userId, userId), eq(notificationDigests.week, week))),

  findSince: (userId: string, since: Date, until: Date, limit: number) =>
    db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, userId),
          gte(notifications.createdAt, sql`${since.toISOString()}::timestamptz`),
          lte(notifications.createdAt, sql`${until.toISOString()}::timestamptz`),
        ),
      )
      .orderBy(desc(notifications.createdAt))
      .limit(limit),
});
