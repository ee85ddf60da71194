// Where each person stands in a circle: one row per person and circle, its status moved by
// conditional UPDATEs (… WHERE status IN (from) RETURNING), so two organizers answering the same
// request, or a ban racing an approval, change it once. Runs inside the service's transaction.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { circleMembers } from '../../db/schema/index.ts';
import type { MembershipRow, Tx } from './circles.repository.ts';

export type MemberChanges = Partial<Pick<MembershipRow, 'role' | 'status' | 'invitedByUserId' | 'joinedAt'>>;

export const circleMembersRepository = (db: Db) => ({
  findById: async (circleId: string, memberId: string, tx: Tx = db) =>
    (
      await tx
        .select()
        .from(circleMembers)
        .where(and(eq(circleMembers.circleId, circleId), eq(circleMembers.id, memberId)))
    )[0] ?? null,

  activeCircleIds: async (userId: string) =>
    (
      await db
        .select({ circleId: circleMembers.circleId })
        .from(circleMembers)
        .where(and(eq(circleMembers.userId, userId), eq(circleMembers.status, 'active')))
    ).map((row) => row.circleId),

  findByUser: async (circleId: string, userId: string, tx: Tx = db) =>
    (
      await tx
        .select()
        .from(circleMembers)
        .where(and(eq(circleMembers.circleId, circleId), eq(circleMembers.userId, userId)))
    )[0] ?? null,

  /**
   * A first row for this person, or their existing row moved to `values.status` when it is in one
   * of `from`. Null when a row exists in another status (already a member, banned …).
   */
  upsert: async (
    tx: Tx,
    values: { circleId: string; userId: string; status: string; role?: string; invitedByUserId?: string | null },
    from: readonly string[],
  ) => {
    const insert = tx
      .insert(circleMembers)
      .values({ ...values, joinedAt: values.status === 'active' ? new Date() : null });
    if (from.length === 0) return (await insert.onConflictDoNothing().returning())[0] ?? null;
    return (
      (
        await insert
          .onConflictDoUpdate({
            target: [circleMembers.circleId, circleMembers.userId],
            set: {
              status: values.status,
              role: values.role ?? 'member',
              invitedByUserId: values.invitedByUserId ?? null,
              joinedAt: values.status === 'active' ? sql`now()` : null,
              updatedAt: sql`now()`,
            },
            setWhere: inArray(circleMembers.status, [...from]),
          })
          .returning()
      )[0] ?? null
    );
  },

  /** Moves one row only if it is still in one of `from`; null when something else came first. */
  move: async (tx: Tx, memberId: string, from: readonly string[], changes: MemberChanges) =>
    (
      await tx
        .update(circleMembers)
        .set({ ...changes, updatedAt: sql`now()` })
        .where(and(eq(circleMembers.id, memberId), inArray(circleMembers.status, [...from])))
        .returning()
    )[0] ?? null,

  /** The person's rows in these circles, by circle id (a list marks where the viewer stands). */
  membershipsOf: async (userId: string | null, circleIds: string[]) => {
    if (userId === null || circleIds.length === 0) return new Map<string, MembershipRow>();
    const rows = await db
      .select()
      .from(circleMembers)
      .where(and(eq(circleMembers.userId, userId), inArray(circleMembers.circleId, circleIds)));
    return new Map(rows.map((row) => [row.circleId, row]));
  },

  listByStatus: (circleId: string, status: string) =>
    db
      .select()
      .from(circleMembers)
      .where(and(eq(circleMembers.circleId, circleId), eq(circleMembers.status, status)))
      .orderBy(asc(circleMembers.joinedAt), asc(circleMembers.createdAt)),

  /** The active organizers and co-organizers: who hears about a join request. */
  managerIds: async (tx: Tx, circleId: string) =>
    (
      await tx
        .select({ userId: circleMembers.userId })
        .from(circleMembers)
        .where(
          and(
            eq(circleMembers.circleId, circleId),
            eq(circleMembers.status, 'active'),
            inArray(circleMembers.role, ['organizer', 'co-organizer']),
          ),
        )
    ).map((row) => row.userId),

  activeUserIds: async (circleId: string) =>
    (
      await db
        .select({ userId: circleMembers.userId })
        .from(circleMembers)
        .where(and(eq(circleMembers.circleId, circleId), eq(circleMembers.status, 'active')))
        .orderBy(asc(circleMembers.joinedAt))
    ).map((row) => row.userId),

  countOrganizers: async (tx: Tx, circleId: string) =>
    Number(
      (
        await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(circleMembers)
          .where(
            and(
              eq(circleMembers.circleId, circleId),
              eq(circleMembers.status, 'active'),
              eq(circleMembers.role, 'organizer'),
            ),
          )
      )[0]?.n ?? 0,
    ),
});
export type CircleMembersRepository = ReturnType<typeof circleMembersRepository>;
