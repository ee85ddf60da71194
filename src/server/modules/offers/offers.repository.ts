// Offers and the figures about the certificates issued from them. Every query is scoped by the
// owner, so an offer that is not yours is simply not found.
import { and, desc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { certificates, offers } from '../../db/schema/index.ts';

export type OfferRow = typeof offers.$inferSelect;
export type OfferWrite = Partial<typeof offers.$inferInsert>;
export type OfferValues = Omit<typeof offers.$inferInsert, 'ownerUserId'>;
export type FigureCounts = { issued: number; redeemed: number; expired: number; void: number };

export const offersRepository = (db: Db) => ({
  insert: async (values: typeof offers.$inferInsert) => (await db.insert(offers).values(values).returning())[0]!,

  findOwned: async (ownerUserId: string, id: string) =>
    (
      await db
        .select()
        .from(offers)
        .where(and(eq(offers.ownerUserId, ownerUserId), eq(offers.id, id)))
    )[0] ?? null,

  listOwned: (ownerUserId: string) =>
    db.select().from(offers).where(eq(offers.ownerUserId, ownerUserId)).orderBy(desc(offers.createdAt)),

  /**
   * Writes when the offer is still in the state the rules were checked against: `noneIssued` for
   * changes to what is printed, and never a maximum below the number already issued (checked in
   * the same statement, so a certificate issued meanwhile cannot slip past). Null when refused.
   */
  updateOwned: async (ownerUserId: string, id: string, values: OfferWrite, guard: { noneIssued: boolean }) => {
    const conditions: (SQL | undefined)[] = [eq(offers.ownerUserId, ownerUserId), eq(offers.id, id)];
    if (guard.noneIssued) conditions.push(eq(offers.issuedCount, 0));
    if (values.maxIssued !== undefined) conditions.push(lte(offers.issuedCount, values.maxIssued));
    const [row] = await db
      .update(offers)
      .set({ ...values, updatedAt: sql`now()` })
      .where(and(...conditions))
      .returning();
    return row ?? null;
  },

  /** Deletes an offer nothing was issued from; false when it has certificates (or is not the owner's). */
  deleteIfNoneIssued: async (ownerUserId: string, id: string) =>
    (
      await db
        .delete(offers)
        .where(and(eq(offers.ownerUserId, ownerUserId), eq(offers.id, id), eq(offers.issuedCount, 0)))
        .returning({ id: offers.id })
    ).length > 0,

  /** Issued / redeemed / expired / void per offer; expired = neither redeemed nor void, validUntil before `lastRunningDay`. */
  counts: async (offerIds: string[], lastRunningDay: string) => {
    if (offerIds.length === 0) return new Map<string, FigureCounts>();
    const rows = await db
      .select({
        offerId: certificates.offerId,
        issued: sql<number>`count(*)::int`,
        redeemed: sql<number>`count(${certificates.redeemedAt})::int`,
        expired: sql<number>`(count(*) FILTER (WHERE ${certificates.redeemedAt} IS NULL AND ${certificates.voidedAt} IS NULL AND ${certificates.validUntil} < ${lastRunningDay}::date))::int`,
        void: sql<number>`count(${certificates.voidedAt})::int`,
      })
      .from(certificates)
      .where(inArray(certificates.offerId, offerIds))
      .groupBy(certificates.offerId);
    return new Map(rows.map(({ offerId, ...counts }) => [offerId, counts]));
  },

  /**
   * Each certificate's recipient as one of the issuer's contacts: the contact it was issued to, or
   * for a member the issuer's contact linked to that member's profile (if any).
   */
  recipientContacts: async (offerIds: string[]) => {
    if (offerIds.length === 0) return [];
    return db
      .select({
        offerId: certificates.offerId,
        contactId: sql<string | null>`coalesce(${certificates.contactId}, (
          SELECT c.id FROM contacts c JOIN profiles p ON p.id = c.linked_profile_id
          WHERE p.user_id = ${certificates.recipientUserId} AND c.owner_user_id = ${certificates.issuerUserId}
          ORDER BY c.created_at LIMIT 1))`,
      })
      .from(certificates)
      .where(inArray(certificates.offerId, offerIds));
  },
});
export type OffersRepository = ReturnType<typeof offersRepository>;
