// Seats and the waiting line of one occurrence. The seat count changes only by a conditional
// UPDATE (… SET taken = taken + 1 WHERE taken < capacity RETURNING): concurrent answers queue on
// that row's lock and each re-reads the count, so capacity holds however many answer at once.
// Every function runs inside the caller's transaction.
import { and, asc, eq, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { meetingRsvps, meetingSeats, meetingSeriesRsvps } from '../../../db/schema/index.ts';
import type { RsvpStatus } from '../../../../contracts/meetings.ts';

export type Tx = Pick<Db, 'select' | 'selectDistinct' | 'insert' | 'update' | 'execute'>;
export type RsvpRow = typeof meetingRsvps.$inferSelect;
type Place = { meetingId: string; occurrence: string };

const at = ({ meetingId, occurrence }: Place) =>
  and(eq(meetingSeats.meetingId, meetingId), eq(meetingSeats.occurrence, occurrence));
const rsvpAt = ({ meetingId, occurrence }: Place) =>
  and(eq(meetingRsvps.meetingId, meetingId), eq(meetingRsvps.occurrence, occurrence));

export const rsvpRepository = (db: Db) => ({
  transaction: <T>(work: (tx: Tx) => Promise<T>) => db.transaction(work),

  /** Takes a seat if one is free; true when taken. No capacity: always. */
  takeSeat: async (tx: Tx, place: Place, capacity: number | null) => {
    await tx.insert(meetingSeats).values(place).onConflictDoNothing();
    const taken = await tx
      .update(meetingSeats)
      .set({ taken: sql`${meetingSeats.taken} + 1` })
      .where(capacity === null ? at(place) : and(at(place), lt(meetingSeats.taken, capacity)))
      .returning({ taken: meetingSeats.taken });
    return taken.length > 0;
  },

  freeSeat: (tx: Tx, place: Place) =>
    tx
      .update(meetingSeats)
      .set({ taken: sql`greatest(${meetingSeats.taken} - 1, 0)` })
      .where(at(place)),

  /** My answer for this occurrence, locked until the transaction ends. */
  mine: async (tx: Tx, place: Place, userId: string) =>
    (
      await tx
        .select()
        .from(meetingRsvps)
        .where(and(rsvpAt(place), eq(meetingRsvps.userId, userId)))
        .for('update')
    )[0] ?? null,

  /** Records an answer; joining the line (again) takes a place at its end. */
  answer: async (tx: Tx, place: Place, userId: string, status: RsvpStatus, offeredUntil: Date | null = null) => {
    const line = status === 'waitlisted' ? { position: sql`nextval('meeting_rsvps_position_seq')` } : {};
    return (
      await tx
        .insert(meetingRsvps)
        .values({ ...place, userId, status, offeredUntil })
        .onConflictDoUpdate({
          target: [meetingRsvps.meetingId, meetingRsvps.occurrence, meetingRsvps.userId],
          set: { status, offeredUntil, updatedAt: new Date(), ...line },
        })
        .returning()
    )[0]!;
  },

  /** The first in the waiting line, locked (others promoting at once take the next). */
  nextInLine: async (tx: Tx, place: Place) =>
    (
      await tx
        .select()
        .from(meetingRsvps)
        .where(and(rsvpAt(place), eq(meetingRsvps.status, 'waitlisted')))
        .orderBy(asc(meetingRsvps.position))
        .limit(1)
        .for('update', { skipLocked: true })
    )[0] ?? null,

  /** Offers whose time ran out, locked. */
  expiredOffers: (tx: Tx, now: Date) =>
    tx
      .select()
      .from(meetingRsvps)
      .where(and(eq(meetingRsvps.status, 'offered'), lte(meetingRsvps.offeredUntil, now)))
      .orderBy(asc(meetingRsvps.offeredUntil))
      .limit(100)
      .for('update', { skipLocked: true }),

  /** How many go (or hold an offer) and wait, per occurrence; and my answers. */
  tally: async (meetingId: string, occurrences: string[], userId: string | null) => {
    const mine = new Map<string, RsvpStatus>();
    if (occurrences.length === 0) return { counts: new Map<string, Record<string, number>>(), mine };
    const rows = await db
      .select({ occurrence: meetingRsvps.occurrence, status: meetingRsvps.status, n: sql<number>`count(*)::int` })
      .from(meetingRsvps)
      .where(and(eq(meetingRsvps.meetingId, meetingId), inArray(meetingRsvps.occurrence, occurrences)))
      .groupBy(meetingRsvps.occurrence, meetingRsvps.status);
    const counts = new Map<string, Record<string, number>>();
    for (const row of rows) counts.set(row.occurrence, { ...counts.get(row.occurrence), [row.status]: row.n });
    if (userId)
      for (const row of await db
        .select({ occurrence: meetingRsvps.occurrence, status: meetingRsvps.status })
        .from(meetingRsvps)
        .where(
          and(
            eq(meetingRsvps.meetingId, meetingId),
            eq(meetingRsvps.userId, userId),
            inArray(meetingRsvps.occurrence, occurrences),
          ),
        ))
        mine.set(row.occurrence, row.status as RsvpStatus);
    return { counts, mine };
  },

  /** Who answered going, waiting or offered for an occurrence (to tell them of a change). */
  answerersAt: async (tx: Tx, meetingId: string, occurrence: string) =>
    (
      await tx
        .select({ userId: meetingRsvps.userId })
        .from(meetingRsvps)
        .where(and(rsvpAt({ meetingId, occurrence }), inArray(meetingRsvps.status, ['going', 'waitlisted', 'offered'])))
    ).map((row) => row.userId),

  /**
   * "This and following" or "all": the answers and seats of the occurrences from `since` (a local
   * start; '' for all) go to `to` (the same meeting, or the new series split off), each re-keyed to
   * its date at the new `time` of day when the time changed; whoever goes to the whole series goes
   * to the new one too.
   */
  carryOver: async (tx: Tx, move: { from: string; to: string; since: string; time?: string | undefined }) => {
    const rekey = (column: typeof meetingRsvps.occurrence | typeof meetingSeats.occurrence) =>
      move.time ? sql`left(${column}, 11) || ${move.time}` : column;
    await tx
      .update(meetingRsvps)
      .set({ meetingId: move.to, occurrence: rekey(meetingRsvps.occurrence) })
      .where(and(eq(meetingRsvps.meetingId, move.from), gte(meetingRsvps.occurrence, move.since)));
    await tx
      .update(meetingSeats)
      .set({ meetingId: move.to, occurrence: rekey(meetingSeats.occurrence) })
      .where(and(eq(meetingSeats.meetingId, move.from), gte(meetingSeats.occurrence, move.since)));
    if (move.from !== move.to)
      await tx.execute(sql`insert into ${meetingSeriesRsvps} (meeting_id, user_id, going)
        select ${move.to}, user_id, going from ${meetingSeriesRsvps} where meeting_id = ${move.from}
        on conflict do nothing`);
  },

  /** Who answered for an occurrence from `since` on (going, waiting, offered), or goes to the whole series. */
  answerersSince: async (tx: Tx, meetingId: string, since: string) => {
    const single = await tx
      .selectDistinct({ userId: meetingRsvps.userId })
      .from(meetingRsvps)
      .where(
        and(
          eq(meetingRsvps.meetingId, meetingId),
          gte(meetingRsvps.occurrence, since),
          inArray(meetingRsvps.status, ['going', 'waitlisted', 'offered']),
        ),
      );
    const whole = await tx
      .select({ userId: meetingSeriesRsvps.userId })
      .from(meetingSeriesRsvps)
      .where(and(eq(meetingSeriesRsvps.meetingId, meetingId), eq(meetingSeriesRsvps.going, true)));
    return [...new Set([...single, ...whole].map((row) => row.userId))];
  },

  /** Seats of those going, at occurrences whose local start is in [fromLocal, toLocal]. */
  goingBetween: (fromLocal: string, toLocal: string) =>
    db
      .select({ meetingId: meetingRsvps.meetingId, occurrence: meetingRsvps.occurrence, userId: meetingRsvps.userId })
      .from(meetingRsvps)
      .where(
        and(
          eq(meetingRsvps.status, 'going'),
          gte(meetingRsvps.occurrence, fromLocal),
          lte(meetingRsvps.occurrence, toLocal),
        ),
      ),

  /** Who goes to these occurrences of one meeting (by their original local start). */
  goingAt: (meetingId: string, occurrences: string[]) =>
    occurrences.length === 0
      ? Promise.resolve([])
      : db
          .select({
            meetingId: meetingRsvps.meetingId,
            occurrence: meetingRsvps.occurrence,
            userId: meetingRsvps.userId,
          })
          .from(meetingRsvps)
          .where(
            and(
              eq(meetingRsvps.meetingId, meetingId),
              eq(meetingRsvps.status, 'going'),
              inArray(meetingRsvps.occurrence, occurrences),
            ),
          ),

  answerSeries: (tx: Tx, meetingId: string, userId: string, going: boolean) =>
    tx
      .insert(meetingSeriesRsvps)
      .values({ meetingId, userId, going })
      .onConflictDoUpdate({
        target: [meetingSeriesRsvps.meetingId, meetingSeriesRsvps.userId],
        set: { going, updatedAt: new Date() },
      }),
});
export type RsvpRepository = ReturnType<typeof rsvpRepository>;
