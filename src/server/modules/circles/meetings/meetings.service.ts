// Planning a circle's meetings and reading them: the series is checked by the recurrence engine
// before it is saved (a bad rule, zone or time is a 400 naming the field), and occurrences are
// expanded on read in the meeting's own zone, with the seats taken and my answer.
import type { Meeting, MeetingCreate, Occurrence } from '../../../../contracts/meetings.ts';
import { meetingCreateSchema } from '../../../../contracts/meetings.ts';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../http/actor.ts';
import { invalid } from '../../../http/errors.ts';
import { compileSeries, expand, nextDates } from '../recurrence/expand.ts';
import { RecurrenceError } from '../recurrence/recurrence-error.ts';
import type { MeetingSeries } from '../recurrence/meeting-series.ts';
import type { MeetingAccess } from './meeting-access.ts';
import { seriesOf, type MeetingRow, type MeetingsRepository } from './meetings.repository.ts';
import type { RsvpRepository } from './rsvp.repository.ts';

const day = 24 * 60 * 60 * 1000;

/** Occurrences after a stale series was paused do not take place until an organizer confirms it. */
export const pausedAfter = (row: MeetingRow, occurrence: { start: string }) =>
  row.pausedAt !== null && new Date(occurrence.start).getTime() > row.pausedAt.getTime();

/** A meeting's place as its row keeps it: the kind, and the address or link (none for the room). */
export const placeColumns = (place: MeetingCreate['place']) => ({
  placeKind: place.kind,
  place: place.kind === 'address' ? place.address : place.kind === 'link' ? place.url : '',
});

/**
 * When a finite series is over (its last end, moved occurrences included); null for one that never
 * ends. Kept on the row so lists (the public /events page) skip finished series in SQL.
 */
function lastEndOf(series: MeetingSeries, first: { end: string }): Date | null {
  const { rule } = compileSeries(series);
  if (!rule) return new Date(first.end);
  if (rule.until === undefined && rule.count === undefined) return null;
  const found =
    rule.count !== undefined
      ? nextDates(series, rule.count, new Date(0))
      : expand(series, { from: new Date(0), to: new Date(rule.until!.epochMilliseconds + 400 * day) });
  return new Date(Math.max(...found.map((occurrence) => Date.parse(occurrence.end)), Date.parse(first.end)));
}

/** The series, checked: the engine's own errors become a 400 under the field they name. */
export function checkedSeries(series: MeetingSeries) {
  try {
    const next = nextDates(series, 5, new Date(0));
    const first = next[0];
    if (!first) throw invalid('rrule', 'rrule: the series has no occurrence');
    return { first, lastEnd: lastEndOf(series, first) };
  } catch (error) {
    if (error instanceof RecurrenceError) throw invalid(error.field, error.message);
    throw error;
  }
}

export function meetingsService(
  _context: AppContext,
  deps: { access: MeetingAccess; meetings: MeetingsRepository; rsvps: RsvpRepository },
) {
  const { access, meetings, rsvps } = deps;

  const toMeeting = async (row: MeetingRow, userId: string): Promise<Meeting> => ({
    id: row.id,
    circleId: row.circleId,
    title: row.title,
    description: row.description,
    start: row.startLocal,
    timeZone: row.timeZone,
    rrule: row.rrule,
    durationMinutes: row.durationMinutes,
    capacity: row.capacity,
    place: { kind: row.placeKind as Meeting['place']['kind'], text: row.place },
    cutoffHours: row.cutoffHours,
    next: nextDates(seriesOf(row), 5, new Date())
      .filter((occurrence) => occurrence.status !== 'cancelled')
      .map((occurrence) => occurrence.start),
    seriesGoing: await meetings.seriesAnswer(row.id, userId),
  });

  return {
    async create(actor: Actor, circleIdOrSlug: string, input: MeetingCreate): Promise<Meeting> {
      const circle = await access.planFor(actor, circleIdOrSlug);
      const body = meetingCreateSchema.parse(input);
      const series: MeetingSeries = {
        start: body.start,
        timeZone: body.timeZone,
        durationMinutes: body.durationMinutes,
        rrule: body.rrule || null,
        exdates: [],
        overrides: [],
      };
      const { first, lastEnd } = checkedSeries(series);
      const row = await meetings.create({
        circleId: circle.id,
        title: body.title,
        description: body.description,
        startLocal: body.start,
        timeZone: body.timeZone,
        durationMinutes: body.durationMinutes,
        rrule: series.rrule,
        ...placeColumns(body.place),
        capacity: body.capacity ?? null,
        cutoffHours: body.cutoffHours,
        firstStartAt: new Date(first.start),
        lastEndAt: lastEnd,
        createdByUserId: actor.userId,
      });
      return toMeeting(row, actor.userId);
    },

    async list(actor: Actor, circleIdOrSlug: string): Promise<{ items: Meeting[] }> {
      const circle = await access.seeCircle(actor, circleIdOrSlug);
      const rows = await meetings.listForCircle(circle.id);
      return { items: await Promise.all(rows.map((row) => toMeeting(row, actor.userId))) };
    },

    /** The id of the circle named by id or slug, if the actor may see it. */
    circleIdOf: async (actor: Actor, circleIdOrSlug: string) => (await access.seeCircle(actor, circleIdOrSlug)).id,

    async get(actor: Actor, meetingId: string): Promise<Meeting> {
      return toMeeting(await access.seeMeeting(actor, meetingId), actor.userId);
    },

    /** Occurrences starting in [from, to) (default: the next 12 months), with seats and my answer. */
    async occurrences(
      actor: Actor,
      meetingId: string,
      range: { from?: string | undefined; to?: string | undefined },
    ): Promise<{ items: Occurrence[] }> {
      const row = await access.seeMeeting(actor, meetingId);
      const from = range.from ? new Date(range.from) : new Date();
      const to = range.to ? new Date(range.to) : new Date(from.getTime() + 365 * day);
      if (to <= from) throw invalid('to', 'to must be after from');
      if (to.getTime() - from.getTime() > 3 * 366 * day)
        throw invalid('to', 'to must be at most three years after from');
      const found = expand(seriesOf(row), { from, to });
      const { counts, mine } = await rsvps.tally(
        row.id,
        found.map((occurrence) => occurrence.recurrenceId),
        actor.userId,
      );
      return {
        items: found.map((occurrence) => {
          const count = counts.get(occurrence.recurrenceId) ?? {};
          return {
            start: occurrence.start,
            end: occurrence.end,
            status: pausedAfter(row, occurrence) ? 'paused' : occurrence.status,
            going: (count.going ?? 0) + (count.offered ?? 0),
            waitlisted: count.waitlisted ?? 0,
            capacity: row.capacity,
            mine: mine.get(occurrence.recurrenceId) ?? null,
          };
        }),
      };
    },
  };
}
export type MeetingsService = ReturnType<typeof meetingsService>;
