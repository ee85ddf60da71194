// Invitations to a circle, found by the SHA-256 of their token. A link serves many people until
// revoked; an email invitation is used once, claimed by a conditional UPDATE so two clicks on the
// same link let one person in.
import { and, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { circleInvitations } from '../../db/schema/index.ts';
import type { Tx } from './circles.repository.ts';

export type InvitationRow = typeof circleInvitations.$inferSelect;

const live = (now: Date) =>
  and(
    isNull(circleInvitations.revokedAt),
    or(isNull(circleInvitations.expiresAt), gt(circleInvitations.expiresAt, now)),
    or(eq(circleInvitations.kind, 'link'), isNull(circleInvitations.acceptedByUserId)),
  );

export const circleInvitationsRepository = (db: Db) => ({
  insert: async (tx: Tx, values: typeof circleInvitations.$inferInsert) =>
    (await tx.insert(circleInvitations).values(values).returning())[0]!,

  /** The invitation a token names while it still lets someone in. */
  findLive: async (tokenHash: string, now: Date) =>
    (
      await db
        .select()
        .from(circleInvitations)
        .where(and(eq(circleInvitations.tokenHash, tokenHash), live(now)))
    )[0] ?? null,

  /** Counts one use; an email invitation only once. Null when it was revoked or used meanwhile. */
  use: async (tx: Tx, id: string, userId: string, now: Date) =>
    (
      await tx
        .update(circleInvitations)
        .set({ uses: sql`${circleInvitations.uses} + 1`, acceptedByUserId: userId })
        .where(and(eq(circleInvitations.id, id), live(now)))
        .returning()
    )[0] ?? null,

  listOf: (circleId: string) =>
    db
      .select()
      .from(circleInvitations)
      .where(eq(circleInvitations.circleId, circleId))
      .orderBy(desc(circleInvitations.createdAt)),

  revoke: async (circleId: string, id: string) =>
    (
      await db
        .update(circleInvitations)
        .set({ revokedAt: sql`coalesce(${circleInvitations.revokedAt}, now())` })
        .where(and(eq(circleInvitations.circleId, circleId), eq(circleInvitations.id, id)))
        .returning()
    )[0] ?? null,
});
export type CircleInvitationsRepository = ReturnType<typeof circleInvitationsRepository>;
