// The private links of external referrals. Only the SHA-256 of a token is stored.
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { referralEvents, referralLinks } from '../../db/schema/index.ts';
import type { ReferralEventInsert } from './referrals.repository.ts';

export type ReferralLinkRow = typeof referralLinks.$inferSelect;

export const referralLinksRepository = (db: Db) => ({
  /** A new link replaces every earlier one of the referral (they stop working), with its timeline event. */
  issue: (
    values: { referralId: string; tokenHash: string; sentTo: string; expiresAt: Date },
    event: ReferralEventInsert,
  ) =>
    db.transaction(async (tx) => {
      const now = new Date();
      await tx
        .update(referralLinks)
        .set({ revokedAt: now })
        .where(and(eq(referralLinks.referralId, values.referralId), isNull(referralLinks.revokedAt)));
      const [row] = await tx.insert(referralLinks).values(values).returning();
      await tx.insert(referralEvents).values({ ...event, referralId: values.referralId });
      return row!;
    }),

  /** Revokes the live links; false when there was none to revoke. */
  revoke: (referralId: string, event: ReferralEventInsert) =>
    db.transaction(async (tx) => {
      const revoked = await tx
        .update(referralLinks)
        .set({ revokedAt: new Date() })
        .where(and(eq(referralLinks.referralId, referralId), isNull(referralLinks.revokedAt)))
        .returning({ id: referralLinks.id });
      if (revoked.length === 0) return false;
      await tx.insert(referralEvents).values({ ...event, referralId });
      return true;
    }),

  /** The link with this hash, only while neither revoked nor expired. */
  findLive: async (tokenHash: string, now: Date) =>
    (
      await db
        .select()
        .from(referralLinks)
        .where(
          and(
            eq(referralLinks.tokenHash, tokenHash),
            isNull(referralLinks.revokedAt),
            gt(referralLinks.expiresAt, now),
          ),
        )
    )[0] ?? null,

  latest: async (referralId: string) =>
    (
      await db
        .select()
        .from(referralLinks)
        .where(eq(referralLinks.referralId, referralId))
        .orderBy(desc(referralLinks.createdAt))
        .limit(1)
    )[0] ?? null,
});
