// Volunteer events, their shifts and sign-ups. A seat is taken by one conditional UPDATE
// (taken < capacity) in the same transaction as the sign-up row, so concurrent sign-ups never put
// a shift over capacity; withdrawing deletes the row and gives the seat back together.
import { and, asc, desc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { user, volunteerEvents, volunteerShifts, volunteerSignups } from '../../../db/schema/index.ts';

export type EventRow = typeof volunteerEvents.$inferSelect;
export type ShiftRow = typeof volunteerShifts.$inferSelect;

export const volunteeringRepository = (db: Db) => ({
  findVisible: async (id: string) =>
    (
      await db
        .select()
        .from(volunteerEvents)
        .where(and(eq(volunteerEvents.id, id), isNull(volunteerEvents.hiddenAt)))
    )[0] ?? null,

  findAny: async (id: string) => (await db.select().from(volunteerEvents).where(eq(volunteerEvents.id, id)))[0] ?? null,

  listVisible: () =>
    db
      .select()
      .from(volunteerEvents)
      .where(isNull(volunteerEvents.hiddenAt))
      .orderBy(desc(volunteerEvents.createdAt))
      .limit(100),

  shiftsOf: (eventIds: string[]) =>
    eventIds.length === 0
      ? Promise.resolve([] as ShiftRow[])
      : db
          .select()
          .from(volunteerShifts)
          .where(inArray(volunteerShifts.eventId, eventIds))
          .orderBy(asc(volunteerShifts.startsAt)),

  signupsOf: (shiftIds: string[]) =>
    shiftIds.length === 0
      ? Promise.resolve([])
      : db
          .select({ shiftId: volunteerSignups.shiftId, userId: volunteerSignups.userId })
          .from(volunteerSignups)
          .where(inArray(volunteerSignups.shiftId, shiftIds))
          .orderBy(asc(volunteerSignups.createdAt)),

  insert: (
    event: typeof volunteerEvents.$inferInsert,
    shifts: Omit<typeof volunteerShifts.$inferInsert, 'eventId'>[],
  ) =>
    db.transaction(async (tx) => {
      const [row] = await tx.insert(volunteerEvents).values(event).returning();
      await tx.insert(volunteerShifts).values(shifts.map((shift) => ({ ...shift, eventId: row!.id })));
      return row!;
    }),

  /** Takes a seat and writes the sign-up together: 'full', 'already' or 'taken'. */
  signUp: (shiftId: string, userId: string) =>
    db.transaction(async (tx) => {
      const [seat] = await tx
        .update(volunteerShifts)
        .set({ taken: sql`${volunteerShifts.taken} + 1` })
        .where(and(eq(volunteerShifts.id, shiftId), sql`${volunteerShifts.taken} < ${volunteerShifts.capacity}`))
        .returning({ id: volunteerShifts.id });
      if (!seat) {
        const [mine] = await tx
          .select({ id: volunteerSignups.id })
          .from(volunteerSignups)
          .where(and(eq(volunteerSignups.shiftId, shiftId), eq(volunteerSignups.userId, userId)));
        return mine ? ('already' as const) : ('full' as const);
      }
      const inserted = await tx.insert(volunteerSignups).values({ shiftId, userId }).onConflictDoNothing().returning();
      // Already signed up: give the seat back in the same transaction.
      if (inserted.length === 0) {
        await tx
          .update(volunteerShifts)
          .set({ taken: sql`${volunteerShifts.taken} - 1` })
          .where(eq(volunteerShifts.id, shiftId));
        return 'already' as const;
      }
      return 'taken' as const;
    }),

  withdraw: (shiftId: string, userId: string) =>
    db.transaction(async (tx) => {
      const removed = await tx
        .delete(volunteerSignups)
        .where(and(eq(volunteerSignups.shiftId, shiftId), eq(volunteerSignups.userId, userId)))
        .returning({ id: volunteerSignups.id });
      if (removed.length === 0) return false;
      await tx
        .update(volunteerShifts)
        .set({ taken: sql`${volunteerShifts.taken} - 1` })
        .where(eq(volunteerShifts.id, shiftId));
      return true;
    }),

  /** Sign-ups to shifts starting within `(now, until]` not yet reminded, with the volunteer's address, shift and event. */
  dueReminders: (now: Date, until: Date) =>
    db
      .select({
        signupId: volunteerSignups.id,
        email: user.email,
        name: user.name,
        shift: volunteerShifts,
        event: volunteerEvents,
      })
      .from(volunteerSignups)
      .innerJoin(user, eq(user.id, volunteerSignups.userId))
      .innerJoin(volunteerShifts, eq(volunteerShifts.id, volunteerSignups.shiftId))
      .innerJoin(volunteerEvents, eq(volunteerEvents.id, volunteerShifts.eventId))
      .where(
        and(
          isNull(volunteerSignups.remindedAt),
          isNull(volunteerEvents.hiddenAt),
          gt(volunteerShifts.startsAt, now),
          lte(volunteerShifts.startsAt, until),
        ),
      )
      .limit(200),

  /** Claims one reminder; false when another run (or instance) already sent it. */
  claimReminder: async (signupId: string) =>
    (
      await db
        .update(volunteerSignups)
        .set({ remindedAt: sql`now()` })
        .where(and(eq(volunteerSignups.id, signupId), isNull(volunteerSignups.remindedAt)))
        .returning({ id: volunteerSignups.id })
    ).length > 0,

  setHidden: (id: string, hidden: boolean) =>
    db
      .update(volunteerEvents)
      .set({ hiddenAt: hidden ? sql`now()` : null })
      .where(eq(volunteerEvents.id, id)),
});
export type VolunteeringRepository = ReturnType<typeof volunteeringRepository>;
