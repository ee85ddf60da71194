// Away periods and the colleagues covering them. Whether a period runs is derived from its dates
// and "ended early" mark against the day passed in, so nothing has to run at midnight.
import { and, asc, desc, eq, getTableColumns, inArray, isNull, lte, gte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { awayCovers, awayPeriods, profiles } from '../../db/schema/index.ts';

export type AwayRow = typeof awayPeriods.$inferSelect;
export type CoverStatus = 'invited' | 'accepted' | 'declined';

/** Days: the calendar days some clock is on now (away-days.ts); the service reads each period on its member's day. */
type Days = { earliest: string; latest: string };
const mayRun = ({ earliest, latest }: Days) =>
  and(lte(awayPeriods.startsOn, latest), gte(awayPeriods.endsOn, earliest), isNull(awayPeriods.endedAt));
const notOver = (day: string) => and(gte(awayPeriods.endsOn, day), isNull(awayPeriods.endedAt));

export const awayRepository = (db: Db) => ({
  /** Periods of these members that may be running now on their own calendar. */
  findRunning: async (userIds: string[], days: Days) =>
    userIds.length === 0
      ? []
      : db
          .select()
          .from(awayPeriods)
          .where(and(inArray(awayPeriods.userId, userIds), mayRun(days))),

  /** Periods that may be running now of the members behind these profile slugs, with the slug. */
  findRunningBySlug: async (slugs: string[], days: Days) =>
    slugs.length === 0
      ? []
      : db
          .select({ away: awayPeriods, slug: profiles.slug })
          .from(awayPeriods)
          .innerJoin(profiles, eq(profiles.userId, awayPeriods.userId))
          .where(and(inArray(profiles.slug, slugs), mayRun(days))),

  /** The colleagues invited to cover these periods (their cards come from profiles). */
  findCovers: async (awayIds: string[], status?: CoverStatus) =>
    awayIds.length === 0
      ? []
      : db
          .select()
          .from(awayCovers)
          .where(and(inArray(awayCovers.awayId, awayIds), status ? eq(awayCovers.status, status) : undefined))
          .orderBy(asc(awayCovers.id)),

  findMine: (userId: string) =>
    db
      .select()
      .from(awayPeriods)
      .where(eq(awayPeriods.userId, userId))
      .orderBy(desc(awayPeriods.startsOn), desc(awayPeriods.createdAt)),

  findOwned: async (userId: string, id: string) =>
    (
      await db
        .select()
        .from(awayPeriods)
        .where(and(eq(awayPeriods.id, id), eq(awayPeriods.userId, userId)))
    )[0] ?? null,

  /** Invitations to cover, with their away periods. */
  findInvitations: (coverUserId: string) =>
    db
      .select({ away: awayPeriods, coverId: awayCovers.id, status: awayCovers.status })
      .from(awayCovers)
      .innerJoin(awayPeriods, eq(awayPeriods.id, awayCovers.awayId))
      .where(eq(awayCovers.coverUserId, coverUserId))
      .orderBy(desc(awayPeriods.startsOn), asc(awayCovers.id)),

  /** Inside a transaction: waits for any other declaration by this member to end (two at once queue). */
  lockMember: (userId: string) => db.execute(sql`select pg_advisory_xact_lock(hashtext(${`away:${userId}`}))`),

  /** Whether the days overlap another of the member's periods that is not over. */
  overlaps: async (userId: string, startsOn: string, endsOn: string, today: string) =>
    (
      await db
        .select({ id: awayPeriods.id })
        .from(awayPeriods)
        .where(
          and(
            eq(awayPeriods.userId, userId),
            notOver(today),
            lte(awayPeriods.startsOn, endsOn),
            gte(awayPeriods.endsOn, startsOn),
          ),
        )
        .limit(1)
    ).length > 0,

  insertWithCovers: async (
    userId: string,
    values: Omit<typeof awayPeriods.$inferInsert, 'userId'>,
    coverUserIds: string[],
  ) => {
    const [row] = await db
      .insert(awayPeriods)
      .values({ ...values, userId })
      .returning();
    await db.insert(awayCovers).values(coverUserIds.map((coverUserId) => ({ awayId: row!.id, coverUserId })));
    return row!;
  },

  /** Moves the caller's own invitation between states while the period is not over; null when it could not. */
  respond: async (
    coverUserId: string,
    awayId: string,
    coverId: string,
    to: CoverStatus,
    from: CoverStatus[],
    today: string,
  ) =>
    (
      await db
        .update(awayCovers)
        .set({ status: to, respondedAt: sql`now()` })
        .where(
          and(
            eq(awayCovers.id, coverId),
            eq(awayCovers.awayId, awayId),
            eq(awayCovers.coverUserId, coverUserId),
            inArray(awayCovers.status, from),
            sql`exists (select 1 from away_periods p where p.id = ${awayId} and p.ends_on >= ${today}::date and p.ended_at is null)`,
          ),
        )
        .returning()
    )[0] ?? null,

  /** One invitation of this colleague, with the away member's user id. */
  findCoverOf: async (coverUserId: string, awayId: string, coverId: string) =>
    (
      await db
        .select({ ...getTableColumns(awayCovers), awayUserId: awayPeriods.userId })
        .from(awayCovers)
        .innerJoin(awayPeriods, eq(awayPeriods.id, awayCovers.awayId))
        .where(and(eq(awayCovers.id, coverId), eq(awayCovers.awayId, awayId), eq(awayCovers.coverUserId, coverUserId)))
    )[0] ?? null,

  endEarly: async (userId: string, id: string, today: string) =>
    (
      await db
        .update(awayPeriods)
        .set({ endedAt: sql`now()` })
        .where(and(eq(awayPeriods.id, id), eq(awayPeriods.userId, userId), notOver(today)))
        .returning()
    )[0] ?? null,

  /** Periods not yet thanked that may be over (ended before `latest`, or ended early), oldest first. */
  findDueThanks: (latest: string, limit: number) =>
    db
      .select()
      .from(awayPeriods)
      .where(
        and(
          isNull(awayPeriods.thankedAt),
          or(sql`${awayPeriods.endsOn} < ${latest}::date`, sql`${awayPeriods.endedAt} is not null`),
        ),
      )
      .orderBy(asc(awayPeriods.endsOn))
      .limit(limit),

  /** Claims the thank-you for one period; null when someone else already did. */
  claimThanks: async (id: string) =>
    (
      await db
        .update(awayPeriods)
        .set({ thankedAt: sql`now()` })
        .where(and(eq(awayPeriods.id, id), isNull(awayPeriods.thankedAt)))
        .returning()
    )[0] ?? null,

  inTransaction: <T>(work: (tx: Db) => Promise<T>) => db.transaction((tx) => work(tx as unknown as Db)),
});
