// Campaigns, their participants and the visit/referral hits counted on the landing page. A hit is
// one row per (participant, kind, visitor, day), inserted with ON CONFLICT DO NOTHING: a visitor
// reloading the page, or clicking "Contact" twice in a day, adds nothing.
import { and, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { campaignHits, campaignParticipants, campaigns } from '../../../db/schema/index.ts';

export type CampaignRow = typeof campaigns.$inferSelect;
export type ParticipantRow = typeof campaignParticipants.$inferSelect;
export type HitKind = 'visit' | 'referral';

export const campaignsRepository = (db: Db) => ({
  /** The campaign (not hidden) with the caller's own participation, if any. */
  async findWithMine(userId: string | null, id: string) {
    const [row] = await db
      .select({ campaign: campaigns, mine: campaignParticipants })
      .from(campaigns)
      .leftJoin(
        campaignParticipants,
        and(eq(campaignParticipants.campaignId, campaigns.id), eq(campaignParticipants.userId, userId ?? '')),
      )
      .where(and(eq(campaigns.id, id), isNull(campaigns.hiddenAt)));
    return row ?? null;
  },

  findBySlug: async (slug: string) =>
    (
      await db
        .select()
        .from(campaigns)
        .where(and(eq(campaigns.slug, slug), isNull(campaigns.hiddenAt)))
    )[0] ?? null,

  findAny: async (id: string) => (await db.select().from(campaigns).where(eq(campaigns.id, id)))[0] ?? null,

  /** Campaigns I organize or take part in, then the newest others (open campaigns anyone may see). */
  listFor: (userId: string) =>
    db
      .select({ campaign: campaigns, mine: campaignParticipants })
      .from(campaigns)
      .leftJoin(
        campaignParticipants,
        and(eq(campaignParticipants.campaignId, campaigns.id), eq(campaignParticipants.userId, userId)),
      )
      .where(isNull(campaigns.hiddenAt))
      .orderBy(desc(campaigns.createdAt), desc(campaigns.id))
      .limit(100),

  participants: (campaignId: string) =>
    db
      .select()
      .from(campaignParticipants)
      .where(eq(campaignParticipants.campaignId, campaignId))
      .orderBy(campaignParticipants.createdAt),

  /** Counted hits per participant of the campaign, by kind. */
  async counts(campaignId: string) {
    const rows = await db
      .select({ participantId: campaignHits.participantId, kind: campaignHits.kind, count: sql<number>`count(*)::int` })
      .from(campaignHits)
      .innerJoin(campaignParticipants, eq(campaignParticipants.id, campaignHits.participantId))
      .where(eq(campaignParticipants.campaignId, campaignId))
      .groupBy(campaignHits.participantId, campaignHits.kind);
    const counts = new Map<string, { visits: number; referrals: number }>();
    for (const row of rows) {
      const entry = counts.get(row.participantId) ?? { visits: 0, referrals: 0 };
      entry[row.kind === 'visit' ? 'visits' : 'referrals'] = Number(row.count);
      counts.set(row.participantId, entry);
    }
    return counts;
  },

  /** The campaign and its first participants (the organizer accepted, the invited); run it in the caller's transaction. */
  async insertWithParticipants(values: typeof campaigns.$inferInsert, organizer: string, invited: string[]) {
    const [row] = await db.insert(campaigns).values(values).returning();
    await db
      .insert(campaignParticipants)
      .values([
        { campaignId: row!.id, userId: organizer, status: 'accepted' },
        ...invited.map((userId) => ({ campaignId: row!.id, userId })),
      ]);
    return row!;
  },

  invite: async (campaignId: string, userId: string) =>
    (await db.insert(campaignParticipants).values({ campaignId, userId }).onConflictDoNothing().returning())[0] ?? null,

  /** Moves my participation to `to` if it is in one of `from`; null when it was not. */
  answer: async (id: string, to: string, from: string[]) =>
    (
      await db
        .update(campaignParticipants)
        .set({ status: to })
        .where(and(eq(campaignParticipants.id, id), or(...from.map((s) => eq(campaignParticipants.status, s)))))
        .returning()
    )[0] ?? null,

  setOffer: async (id: string, offer: { offerText: string; offerId: string | null; offerTitle: string | null }) =>
    (await db.update(campaignParticipants).set(offer).where(eq(campaignParticipants.id, id)).returning())[0]!,

  /** Counts one hit; true when it is new (first of its kind for this visitor and participant today). */
  async hit(participantId: string, kind: HitKind, visitorKey: string) {
    const inserted = await db
      .insert(campaignHits)
      .values({ participantId, kind, visitorKey, day: sql`(now() at time zone 'utc')::date` })
      .onConflictDoNothing()
      .returning({ day: campaignHits.day });
    return inserted.length > 0;
  },

  setHidden: (id: string, hidden: boolean) =>
    db
      .update(campaigns)
      .set({ hiddenAt: hidden ? sql`now()` : null })
      .where(eq(campaigns.id, id)),
});
export type CampaignsRepository = ReturnType<typeof campaignsRepository>;
