// Circle meetings as rows, and the series value the recurrence engine reads from them.
import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { invalid } from '../../../http/errors.ts';
import { calendarFeeds, circleMeetings, meetingRsvps, meetingSeriesRsvps } from '../../../db/schema/index.ts';
import { expand } from '../recurrence/expand.ts';
import type { MeetingSeries, Occurrence, OccurrenceOverride } from '../recurrence/meeting-series.ts';

export type MeetingRow = typeof circleMeetings.$inferSelect;
export type NewMeeting = typeof circleMeetings.$inferInsert;

/** The series as RFC 5545 keeps it: what the recurrence engine expands. */
export const seriesOf = (row: MeetingRow): MeetingSeries => ({
  start: row.startLocal,
  timeZone: row.timeZone,
  durationMinutes: row.durationMinutes,
  rrule: row.rrule,
  exdates: row.exdates,
  overrides: row.overrides as OccurrenceOverride[],
});

const day = 24 * 60 * 60 * 1000;

/** The occurrence a RECURRENCE-ID names, found around its nominal start (a move stays within a year). */
export function occurrenceById(row: MeetingRow, recurrenceId: string): Occurrence | undefined {
  const around = new Date(`${recurrenceId}:00Z`).getTime();
  return expand(seriesOf(row), { from: new Date(around - 400 * day), to: new Date(around + 400 * day) }).find(
    (occurrence) => occurrence.recurrenceId === recurrenceId,
  );
}

/** The occurrence that starts at this instant (as the occurrences list gave it); a 400 naming `start` otherwise. */
export function occurrenceAt(row: MeetingRow, start: string): Occurrence {
  const at = new Date(start).getTime();
  const found = expand(seriesOf(row), { from: new Date(at - day), to: new Date(at + day) }).find(
    (occurrence) => new Date(occurrence.start).getTime() === at,
  );
  if (!found) throw invalid('start', 'start: the meeting has no occurrence at this time');
  return found;
}

export const meetingsRepository = (db: Db) => ({
  create: async (values: NewMeeting, tx: Pick<Db, 'insert'> = db) =>
    (await tx.insert(circleMeetings).values(values).returning())[0]!,

  /** On the caller's transaction when given (the embedded database has one connection: a read beside an open transaction would wait for it). */
  findById: async (id: string, tx: Pick<Db, 'select'> = db) =>
    (await tx.select().from(circleMeetings).where(eq(circleMeetings.id, id)))[0] ?? null,

  /** Meetings with at least one occurrence moved to another time (the reminders look for the moved ones). */
  withMovedOccurrences: (tx: Pick<Db, 'select'> = db) =>
    tx
      .select()
      .from(circleMeetings)
      .where(sql`${circleMeetings.overrides} @> '[{"status":"moved"}]'::jsonb`),

  /** A new shape of the series (overrides, exdates, rule, time, place …), its SEQUENCE one more, on the caller's transaction. */
  updateSeries: async (
    tx: Pick<Db, 'update'>,
    id: string,
    changes: Partial<Omit<MeetingRow, 'id' | 'circleId' | 'sequence' | 'createdAt' | 'updatedAt'>>,
  ) =>
    (
      await tx
        .update(circleMeetings)
        .set({ ...changes, sequence: sql`${circleMeetings.sequence} + 1`, updatedAt: new Date() })
        .where(eq(circleMeetings.id, id))
        .returning()
    )[0]!,

  /** Recurring series that are not paused (the stale-series guard's round). */
  recurringUnpaused: () =>
    db
      .select()
      .from(circleMeetings)
      .where(and(isNotNull(circleMeetings.rrule), isNull(circleMeetings.pausedAt))),

  /** Counts an ask (and pauses) once: a second instance running the same check changes nothing. */
  markAsked: async (tx: Pick<Db, 'update'>, id: string, asked: number, periods: number, pausedAt: Date | null) =>
    (
      await tx
        .update(circleMeetings)
        .set({ confirmationsAsked: periods, ...(pausedAt ? { pausedAt } : {}) })
        .where(and(eq(circleMeetings.id, id), eq(circleMeetings.confirmationsAsked, asked)))
        .returning({ id: circleMeetings.id })
    ).length > 0,

  confirm: (id: string, now: Date) =>
    db
      .update(circleMeetings)
      .set({ confirmedAt: now, confirmationsAsked: 0, pausedAt: null, updatedAt: now })
      .where(eq(circleMeetings.id, id)),

  listForCircle: (circleId: string) =>
    db
      .select()
      .from(circleMeetings)
      .where(eq(circleMeetings.circleId, circleId))
      .orderBy(asc(circleMeetings.firstStartAt)),

  seriesAnswer: async (meetingId: string, userId: string) =>
    (
      await db
        .select({ going: meetingSeriesRsvps.going })
        .from(meetingSeriesRsvps)
        .where(and(eq(meetingSeriesRsvps.meetingId, meetingId), eq(meetingSeriesRsvps.userId, userId)))
    )[0]?.going ?? null,

  /** The meetings a member answered "going" for, whole or in part, in the given circles. */
  goingFor: async (userId: string, circleIds: string[]) => {
    if (circleIds.length === 0) return [];
    const series = db
      .select({ id: meetingSeriesRsvps.meetingId })
      .from(meetingSeriesRsvps)
      .where(and(eq(meetingSeriesRsvps.userId, userId), eq(meetingSeriesRsvps.going, true)));
    const single = db
      .select({ id: meetingRsvps.meetingId })
      .from(meetingRsvps)
      .where(and(eq(meetingRsvps.userId, userId), inArray(meetingRsvps.status, ['going', 'offered'])));
    return db
      .select()
      .from(circleMeetings)
      .where(
        and(
          inArray(circleMeetings.circleId, circleIds),
          sql`(${circleMeetings.id} in (${series}) or ${circleMeetings.id} in (${single}))`,
        ),
      )
      .orderBy(asc(circleMeetings.firstStartAt));
  },

  /** A member's answers for these meetings: per occurrence, and which series they go to whole. */
  answersOf: async (userId: string, meetingIds: string[]) => {
    if (meetingIds.length === 0) return { occurrences: [], wholeSeries: new Set<string>() };
    const occurrences = await db
      .select({ meetingId: meetingRsvps.meetingId, occurrence: meetingRsvps.occurrence, status: meetingRsvps.status })
      .from(meetingRsvps)
      .where(and(eq(meetingRsvps.userId, userId), inArray(meetingRsvps.meetingId, meetingIds)));
    const series = await db
      .select({ meetingId: meetingSeriesRsvps.meetingId })
      .from(meetingSeriesRsvps)
      .where(
        and(
          eq(meetingSeriesRsvps.userId, userId),
          eq(meetingSeriesRsvps.going, true),
          inArray(meetingSeriesRsvps.meetingId, meetingIds),
        ),
      );
    return { occurrences, wholeSeries: new Set(series.map((row) => row.meetingId)) };
  },

  feedOf: async (userId: string) =>
    (await db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId)))[0] ?? null,
  feedById: async (feedId: string) =>
    (await db.select().from(calendarFeeds).where(eq(calendarFeeds.feedId, feedId)))[0] ?? null,
  /** A new feed id for the member (the old address stops working). */
  replaceFeed: async (userId: string, feedId: string) =>
    (
      await db
        .insert(calendarFeeds)
        .values({ userId, feedId })
        .onConflictDoUpdate({ target: calendarFeeds.userId, set: { feedId, createdAt: new Date() } })
        .returning()
    )[0]!,
});
export type MeetingsRepository = ReturnType<typeof meetingsRepository>;
