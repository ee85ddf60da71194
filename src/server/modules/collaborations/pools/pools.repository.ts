// Pools and pledges. A pledge changes the pool's running total in the same transaction, with the
// pool's row lock held (`lock`), so totals are exact however many members pledge at once and a
// pledge never slips past the close (which updates that same row). Closing and cancelling are
// conditional updates (`WHERE status = 'open'`): of two instances, one gets the row.
import { and, asc, desc, eq, exists, gt, inArray, isNotNull, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { distanceSearch, type GeoPoint } from '../../../db/distance.ts';
import { poolPledges, pools, user } from '../../../db/schema/index.ts';

/** A transaction handle or the database itself. */
export type Tx = Pick<Db, 'select' | 'insert' | 'update' | 'delete' | 'execute'>;
export type PoolRow = typeof pools.$inferSelect;
export type PledgeRow = typeof poolPledges.$inferSelect;

const distance = distanceSearch({ lat: pools.lat, lng: pools.lng });

export const poolsRepository = (db: Db) => ({
  transaction: <T>(work: (tx: Db) => Promise<T>) => db.transaction(async (tx) => work(tx as unknown as Db)),

  insert: async (values: typeof pools.$inferInsert) => (await db.insert(pools).values(values).returning())[0]!,

  findById: async (id: string) => (await db.select().from(pools).where(eq(pools.id, id)))[0] ?? null,

  /** Takes the pool's row lock for the rest of the transaction. */
  lock: async (tx: Tx, id: string) => (await tx.select().from(pools).where(eq(pools.id, id)).for('update'))[0] ?? null,

  /**
   * Open pools anyone may pledge to (not hidden, deadline ahead): the soonest deadline first, or
   * with `near`, those picked up within its radius, nearest first (the gist index, db/distance.ts).
   */
  listOpen: async (now: Date, near?: GeoPoint & { meters: number }) =>
    db
      .select({ pool: pools, meters: near ? distance.metersFrom(near) : sql<number | null>`null::float8` })
      .from(pools)
      .where(
        and(
          eq(pools.status, 'open'),
          eq(pools.hidden, false),
          gt(pools.deadline, now),
          near ? and(isNotNull(pools.lat), distance.within(near, near.meters)) : undefined,
        ),
      )
      .orderBy(...(near ? [distance.nearestFirst(near)] : []), asc(pools.deadline))
      .limit(200),

  /** Pools I organize or pledged to, any status; hidden ones only when I organize them. */
  listMine: (userId: string) =>
    db
      .select()
      .from(pools)
      .where(
        or(
          eq(pools.organizerUserId, userId),
          and(
            eq(pools.hidden, false),
            exists(
              db
                .select({ one: sql`1` })
                .from(poolPledges)
                .where(and(eq(poolPledges.poolId, pools.id), eq(poolPledges.userId, userId))),
            ),
          ),
        ),
      )
      .orderBy(desc(pools.deadline))
      .limit(200),

  myPledges: async (userId: string, poolIds: string[]) =>
    new Map(
      poolIds.length === 0
        ? []
        : (
            await db
              .select({ poolId: poolPledges.poolId, quantity: poolPledges.quantity })
              .from(poolPledges)
              .where(and(eq(poolPledges.userId, userId), inArray(poolPledges.poolId, poolIds)))
          ).map((row) => [row.poolId, row.quantity]),
    ),

  pledgeOf: async (tx: Tx, poolId: string, userId: string) =>
    (
      await tx
        .select()
        .from(poolPledges)
        .where(and(eq(poolPledges.poolId, poolId), eq(poolPledges.userId, userId)))
    )[0] ?? null,

  upsertPledge: (tx: Tx, poolId: string, userId: string, quantity: number) =>
    tx
      .insert(poolPledges)
      .values({ poolId, userId, quantity })
      .onConflictDoUpdate({
        target: [poolPledges.poolId, poolPledges.userId],
        set: { quantity, updatedAt: sql`now()` },
      }),

  deletePledge: (tx: Tx, poolId: string, userId: string) =>
    tx.delete(poolPledges).where(and(eq(poolPledges.poolId, poolId), eq(poolPledges.userId, userId))),

  /** Moves the running total and pledge count by these amounts, atomically; the new row. */
  addToTotal: async (tx: Tx, id: string, quantity: number, pledges: number) =>
    (
      await tx
        .update(pools)
        .set({
          totalQuantity: sql`${pools.totalQuantity} + ${quantity}`,
          pledgeCount: sql`${pools.pledgeCount} + ${pledges}`,
          updatedAt: sql`now()`,
        })
        .where(eq(pools.id, id))
        .returning()
    )[0]!,

  /** Who pledged, with their account name, largest pledge first (the order sheet, live events). */
  pledgesOf: (tx: Tx, poolId: string) =>
    tx
      .select({ userId: poolPledges.userId, quantity: poolPledges.quantity, name: user.name })
      .from(poolPledges)
      .innerJoin(user, eq(user.id, poolPledges.userId))
      .where(eq(poolPledges.poolId, poolId))
      .orderBy(desc(poolPledges.quantity), asc(user.name)),

  dueIds: async (now: Date) =>
    (
      await db
        .select({ id: pools.id })
        .from(pools)
        .where(and(eq(pools.status, 'open'), eq(pools.hidden, false), lte(pools.deadline, now)))
        .limit(100)
    ).map((row) => row.id),

  /**
   * Closes a due pool: going ahead when the minimum is reached, else lapsed. Null if another got it
   * first — or if a moderator hid it: a hidden pool stays frozen, unclosed and untold, until shown again.
   */
  close: async (tx: Tx, id: string, now: Date) =>
    (
      await tx
        .update(pools)
        .set({
          status: sql`case when ${pools.totalQuantity} >= ${pools.minimumQuantity} then 'going-ahead' else 'lapsed' end`,
          closedAt: now,
          updatedAt: sql`now()`,
        })
        .where(and(eq(pools.id, id), eq(pools.status, 'open'), eq(pools.hidden, false), lte(pools.deadline, now)))
        .returning()
    )[0] ?? null,

  setFinalPrice: (tx: Tx, id: string, cents: number) =>
    tx.update(pools).set({ finalUnitPrice: cents }).where(eq(pools.id, id)),

  /** Cancels an open pool before its deadline; the organizer, who did it, needs no email. */
  cancel: async (tx: Tx, id: string, now: Date) =>
    (
      await tx
        .update(pools)
        .set({ status: 'cancelled', closedAt: now, organizerToldAt: now, updatedAt: sql`now()` })
        .where(and(eq(pools.id, id), eq(pools.status, 'open'), gt(pools.deadline, now)))
        .returning()
    )[0] ?? null,

  /** Claims the close emails not yet sent to pledgers of closed pools (each once). */
  claimUntoldPledges: () =>
    db
      .update(poolPledges)
      .set({ toldAt: sql`now()` })
      .where(
        and(
          isNull(poolPledges.toldAt),
          inArray(poolPledges.poolId, db.select({ id: pools.id }).from(pools).where(ne(pools.status, 'open'))),
        ),
      )
      .returning(),

  claimUntoldOrganizers: () =>
    db
      .update(pools)
      .set({ organizerToldAt: sql`now()` })
      .where(and(ne(pools.status, 'open'), isNull(pools.organizerToldAt)))
      .returning(),

  giveBackPledge: (poolId: string, userId: string) =>
    db
      .update(poolPledges)
      .set({ toldAt: null })
      .where(and(eq(poolPledges.poolId, poolId), eq(poolPledges.userId, userId))),

  giveBackOrganizer: (id: string) => db.update(pools).set({ organizerToldAt: null }).where(eq(pools.id, id)),

  findByIds: (ids: string[]) =>
    ids.length === 0 ? Promise.resolve([] as PoolRow[]) : db.select().from(pools).where(inArray(pools.id, ids)),

  accountsOf: async (userIds: string[]) =>
    new Map(
      userIds.length === 0
        ? []
        : (
            await db
              .select({ id: user.id, email: user.email, name: user.name })
              .from(user)
              .where(inArray(user.id, userIds))
          ).map((row) => [row.id, row]),
    ),

  setHidden: (id: string, hidden: boolean) =>
    db
      .update(pools)
      .set({ hidden, updatedAt: sql`now()` })
      .where(eq(pools.id, id)),
});
export type PoolsRepository = ReturnType<typeof poolsRepository>;
