// Mentorships between two members and their shared space. Reads are scoped to a party; every
// transition is a conditional `UPDATE … WHERE status = from RETURNING` inside the caller's
// transaction, so two answers to one request cannot both win.
import { and, asc, desc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { mentorshipCheckIns, mentorshipGoals, mentorshipNotes, mentorships } from '../../db/schema/index.ts';
import type { Tx } from './mentoring.repository.ts';

export type MentorshipRow = typeof mentorships.$inferSelect;

const isParty = (userId: string) => or(eq(mentorships.mentorUserId, userId), eq(mentorships.menteeUserId, userId));

export const mentorshipsRepository = (db: Db) => ({
  insert: async (tx: Tx, values: typeof mentorships.$inferInsert) =>
    (await tx.insert(mentorships).values(values).returning())[0]!,

  findForParty: async (userId: string, id: string) =>
    (
      await db
        .select()
        .from(mentorships)
        .where(and(eq(mentorships.id, id), isParty(userId)))
    )[0] ?? null,

  listForParty: (userId: string) =>
    db.select().from(mentorships).where(isParty(userId)).orderBy(desc(mentorships.updatedAt), desc(mentorships.id)),

  /** Changes the mentorship only if it is still `from`; null when another change came first. */
  move: async (tx: Tx, id: string, from: string, values: Partial<typeof mentorships.$inferInsert>) =>
    (
      await tx
        .update(mentorships)
        .set({ ...values, updatedAt: sql`now()` })
        .where(and(eq(mentorships.id, id), eq(mentorships.status, from)))
        .returning()
    )[0] ?? null,

  goalsOf: (id: string) =>
    db
      .select()
      .from(mentorshipGoals)
      .where(eq(mentorshipGoals.mentorshipId, id))
      .orderBy(asc(mentorshipGoals.createdAt), asc(mentorshipGoals.id)),

  addGoal: (values: typeof mentorshipGoals.$inferInsert) => db.insert(mentorshipGoals).values(values),

  markGoalDone: async (mentorshipId: string, goalId: string) =>
    (
      await db
        .update(mentorshipGoals)
        .set({ doneAt: sql`coalesce(${mentorshipGoals.doneAt}, now())` })
        .where(and(eq(mentorshipGoals.id, goalId), eq(mentorshipGoals.mentorshipId, mentorshipId)))
        .returning({ id: mentorshipGoals.id })
    )[0] ?? null,

  checkInsOf: (id: string) =>
    db
      .select()
      .from(mentorshipCheckIns)
      .where(eq(mentorshipCheckIns.mentorshipId, id))
      .orderBy(asc(mentorshipCheckIns.startsAt)),

  addCheckIn: (values: typeof mentorshipCheckIns.$inferInsert) => db.insert(mentorshipCheckIns).values(values),

  /** Check-ins whose reminder is due and not yet sent, of mentorships still running. */
  dueReminders: (now: Date, limit: number) =>
    db
      .select({ id: mentorshipCheckIns.id, startsAt: mentorshipCheckIns.startsAt, mentorship: mentorships })
      .from(mentorshipCheckIns)
      .innerJoin(mentorships, eq(mentorships.id, mentorshipCheckIns.mentorshipId))
      .where(
        and(
          isNull(mentorshipCheckIns.remindedAt),
          lte(mentorshipCheckIns.remindAt, now),
          eq(mentorships.status, 'active'),
        ),
      )
      .orderBy(asc(mentorshipCheckIns.remindAt))
      .limit(limit),

  /** The reminder's once-only claim: true for exactly one caller. */
  claimReminder: async (tx: Tx, checkInId: string) =>
    (
      await tx
        .update(mentorshipCheckIns)
        .set({ remindedAt: sql`now()` })
        .where(and(eq(mentorshipCheckIns.id, checkInId), isNull(mentorshipCheckIns.remindedAt)))
        .returning({ id: mentorshipCheckIns.id })
    ).length === 1,

  /** Only the author's own note is ever read. */
  noteOf: async (mentorshipId: string, authorUserId: string) =>
    (
      await db
        .select({ text: mentorshipNotes.text })
        .from(mentorshipNotes)
        .where(and(eq(mentorshipNotes.mentorshipId, mentorshipId), eq(mentorshipNotes.authorUserId, authorUserId)))
    )[0]?.text ?? '',

  saveNote: (mentorshipId: string, authorUserId: string, text: string) =>
    db
      .insert(mentorshipNotes)
      .values({ mentorshipId, authorUserId, text })
      .onConflictDoUpdate({
        target: [mentorshipNotes.mentorshipId, mentorshipNotes.authorUserId],
        set: { text, updatedAt: sql`now()` },
      }),
});
export type MentorshipsRepository = ReturnType<typeof mentorshipsRepository>;
