// Attendance and shared notes of one occurrence (keyed by its RECURRENCE-ID, as the answers are).
// A note is saved only over the version its writer read: the first save inserts and a second first
// save finds the row taken (ON CONFLICT DO NOTHING), later saves are a conditional UPDATE … WHERE
// version = $read. Either way a stale save changes no row, so no edit is ever lost unseen.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { meetingAttendance, meetingNotes, meetingRsvps, user } from '../../../db/schema/index.ts';

export type Place = { meetingId: string; occurrence: string };
export type RecordsTx = Pick<Db, 'select' | 'insert' | 'update' | 'delete'>;

const attendanceAt = ({ meetingId, occurrence }: Place) =>
  and(eq(meetingAttendance.meetingId, meetingId), eq(meetingAttendance.occurrence, occurrence));
const noteAt = ({ meetingId, occurrence }: Place) =>
  and(eq(meetingNotes.meetingId, meetingId), eq(meetingNotes.occurrence, occurrence));

const noteColumns = {
  body: meetingNotes.body,
  version: meetingNotes.version,
  updatedAt: meetingNotes.updatedAt,
  updatedBy: sql<string | null>`(select ${user.name} from ${user} where ${user.id} = ${meetingNotes.updatedByUserId})`,
};

export const meetingRecordsRepository = (db: Db) => ({
  transaction: <T>(work: (tx: RecordsTx) => Promise<T>) => db.transaction(work),

  /** Everyone who answered for the occurrence, with their answer. */
  answersAt: (place: Place, tx: Pick<Db, 'select'> = db) =>
    tx
      .select({ userId: meetingRsvps.userId, status: meetingRsvps.status })
      .from(meetingRsvps)
      .where(and(eq(meetingRsvps.meetingId, place.meetingId), eq(meetingRsvps.occurrence, place.occurrence))),

  /** The marks made for the occurrence. */
  marksAt: (place: Place, tx: Pick<Db, 'select'> = db) =>
    tx
      .select({ userId: meetingAttendance.userId, present: meetingAttendance.present })
      .from(meetingAttendance)
      .where(attendanceAt(place)),

  namesOf: async (userIds: string[], tx: Pick<Db, 'select'> = db) => {
    if (userIds.length === 0) return new Map<string, string>();
    const rows = await tx.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, userIds));
    return new Map(rows.map((row) => [row.id, row.name]));
  },

  /** Marks each listed person present or not, on the caller's transaction. */
  mark: async (tx: RecordsTx, place: Place, marks: { userId: string; present: boolean }[], markedBy: string) => {
    if (marks.length === 0) return;
    const markedAt = new Date();
    await tx
      .insert(meetingAttendance)
      .values(marks.map((each) => ({ ...place, ...each, markedByUserId: markedBy, markedAt })))
      .onConflictDoUpdate({
        target: [meetingAttendance.meetingId, meetingAttendance.occurrence, meetingAttendance.userId],
        set: { present: sql`excluded.present`, markedByUserId: markedBy, markedAt },
      });
  },

  note: async (place: Place) => (await db.select(noteColumns).from(meetingNotes).where(noteAt(place)))[0] ?? null,

  /** The first save of an occurrence's notes; false when someone saved first. */
  insertNote: async (place: Place, body: string, userId: string) =>
    (
      await db
        .insert(meetingNotes)
        .values({ ...place, body, version: 1, updatedByUserId: userId })
        .onConflictDoNothing()
        .returning({ version: meetingNotes.version })
    ).length > 0,

  /** A save over the version its writer read; false when a newer one was saved meanwhile. */
  updateNote: async (place: Place, read: number, body: string, userId: string) =>
    (
      await db
        .update(meetingNotes)
        .set({ body, version: read + 1, updatedByUserId: userId, updatedAt: new Date() })
        .where(and(noteAt(place), eq(meetingNotes.version, read)))
        .returning({ version: meetingNotes.version })
    ).length > 0,
});
export type MeetingRecordsRepository = ReturnType<typeof meetingRecordsRepository>;
