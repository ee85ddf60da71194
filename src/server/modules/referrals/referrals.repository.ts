// Referral rows and their timeline. No rules here: the services decide who may read or move what;
// these queries only do it, each state change as one conditional UPDATE so a double click or two
// devices racing settle in the database.
import { and, asc, count, eq, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { profiles, referralEvents, referrals, user } from '../../db/schema/index.ts';

export type ReferralRow = typeof referrals.$inferSelect;
export type ReferralInsert = typeof referrals.$inferInsert;
export type ReferralEventInsert = Omit<typeof referralEvents.$inferInsert, 'referralId'>;
export type ReferralEventRow = typeof referralEvents.$inferSelect;

export type ListFilter = {
  userId: string;
  box: 'inbox' | 'outbox';
  status?: string;
  urgency?: string;
  limit: number;
  offset: number;
};

const summaryColumns = {
  id: referrals.id,
  fromUserId: referrals.fromUserId,
  toUserId: referrals.toUserId,
  redirectedFromUserId: referrals.redirectedFromUserId,
  recipientName: referrals.recipientName,
  recipientProfession: referrals.recipientProfession,
  status: referrals.status,
  urgency: referrals.urgency,
  specialty: referrals.specialty,
  clientId: referrals.clientId,
  clientNameEnc: referrals.clientNameEnc,
  createdAt: referrals.createdAt,
  updatedAt: referrals.updatedAt,
};
export type ReferralSummaryRow = { [K in keyof typeof summaryColumns]: (typeof referrals.$inferSelect)[K] };

const unanswered = (cutoff: Date) =>
  and(eq(referrals.status, 'sent'), isNull(referrals.remindedAt), lt(referrals.createdAt, cutoff));

export const referralsRepository = (db: Db) => ({
  /** The referral and its first timeline event, together or not at all. */
  insert: (values: ReferralInsert, event: ReferralEventInsert) =>
    db.transaction(async (tx) => {
      const [row] = await tx.insert(referrals).values(values).returning();
      await tx.insert(referralEvents).values({ ...event, referralId: row!.id });
      return row!;
    }),

  findById: async (id: string) => (await db.select().from(referrals).where(eq(referrals.id, id)))[0] ?? null,

  /** Only when the user is the referrer or the member recipient. */
  findForParty: async (userId: string, id: string) =>
    (
      await db
        .select()
        .from(referrals)
        .where(
          and(eq(referrals.id, id), sql`(${referrals.fromUserId} = ${userId} or ${referrals.toUserId} = ${userId})`),
        )
    )[0] ?? null,

  /** A page of summaries and the total. */
  async list(filter: ListFilter): Promise<{ rows: ReferralSummaryRow[]; total: number }> {
    const conditions: SQL[] = [
      filter.box === 'inbox' ? eq(referrals.toUserId, filter.userId) : eq(referrals.fromUserId, filter.userId),
    ];
    if (filter.status) conditions.push(eq(referrals.status, filter.status));
    if (filter.urgency) conditions.push(eq(referrals.urgency, filter.urgency));
    const where = and(...conditions);
    // Newest first, ties by id: the order of the (member, created_at DESC, id) indexes, so a page is an index scan
    // ("nulls last" spelled out: the indexes say it, and a plain DESC means NULLS FIRST to the planner).
    const [rows, [counted]] = await Promise.all([
      db
        .select(summaryColumns)
        .from(referrals)
        .where(where)
        .orderBy(sql`${referrals.createdAt} desc nulls last`, asc(referrals.id))
        .limit(filter.limit)
        .offset(filter.offset),
      db.select({ total: count() }).from(referrals).where(where),
    ]);
    return { rows, total: counted?.total ?? 0 };
  },

  /** Moves a referral from one status to the next only if it is still in the first; null when it was not. */
  transition: (
    id: string,
    from: string,
    changes: Partial<ReferralInsert> & { status: string },
    event: ReferralEventInsert,
  ) =>
    db.transaction(async (tx) => {
      const [row] = await tx
        .update(referrals)
        .set({ ...changes, updatedAt: new Date() })
        .where(and(eq(referrals.id, id), eq(referrals.status, from)))
        .returning();
      if (!row) return null;
      await tx.insert(referralEvents).values({ ...event, referralId: id });
      return row;
    }),

  /** Runs `work` in one transaction, with a database handle bound to it for other repositories. */
  inTransaction: <T>(work: (tx: Db) => Promise<T>) => db.transaction((tx) => work(tx as unknown as Db)),

  addEvent: (referralId: string, event: ReferralEventInsert) =>
    db.insert(referralEvents).values({ ...event, referralId }),

  events: (referralId: string) =>
    db
      .select()
      .from(referralEvents)
      .where(eq(referralEvents.referralId, referralId))
      .orderBy(asc(referralEvents.createdAt), asc(referralEvents.id)),

  /** Referrals still unanswered and not reminded, sent before `cutoff` (what claimUnanswered would claim now). */
  findUnanswered: (cutoff: Date) =>
    db
      .select({ fromUserId: referrals.fromUserId, toUserId: referrals.toUserId })
      .from(referrals)
      .where(unanswered(cutoff)),

  /** Claims every referral still unanswered since before `cutoff` and not yet reminded, once. */
  claimUnanswered: (cutoff: Date, now: Date) =>
    db.update(referrals).set({ remindedAt: now }).where(unanswered(cutoff)).returning({
      id: referrals.id,
      fromUserId: referrals.fromUserId,
      toUserId: referrals.toUserId,
      recipientName: referrals.recipientName,
      recipientEmail: referrals.recipientEmail,
      createdAt: referrals.createdAt,
    }),

  /** How many referrals each of these members has sent to `toUserId`. */
  async sentTo(toUserId: string, fromUserIds: string[]): Promise<Map<string, number>> {
    if (fromUserIds.length === 0) return new Map();
    const rows = await db
      .select({ fromUserId: referrals.fromUserId, total: count() })
      .from(referrals)
      .where(and(eq(referrals.toUserId, toUserId), inArray(referrals.fromUserId, fromUserIds)))
      .groupBy(referrals.fromUserId);
    return new Map(rows.map((row) => [row.fromUserId, row.total]));
  },

  /** The account behind a member, for printing their letterhead. */
  account: async (userId: string) =>
    (
      await db.select({ userId: user.id, name: user.name, email: user.email }).from(user).where(eq(user.id, userId))
    )[0] ?? null,

  /** The member's practice postal code ('' without one): where suggestions measure from by default. */
  placeOf: async (userId: string) =>
    (
      await db
        .select({ postalCode: profiles.postalCode, country: profiles.country })
        .from(profiles)
        .where(eq(profiles.userId, userId))
    )[0] ?? null,

  /** The state or province on the member's profile ('' without one): the emailed page's first time zone. */
  regionOf: async (userId: string) =>
    (await db.select({ region: profiles.region }).from(profiles).where(eq(profiles.userId, userId)))[0]?.region ?? '',

  async userIdsBySlug(slugs: string[]): Promise<Map<string, string>> {
    if (slugs.length === 0) return new Map();
    const rows = await db
      .select({ slug: profiles.slug, userId: profiles.userId })
      .from(profiles)
      .where(inArray(profiles.slug, slugs));
    return new Map(rows.map((row) => [row.slug, row.userId]));
  },
});
export type ReferralsRepository = ReturnType<typeof referralsRepository>;
