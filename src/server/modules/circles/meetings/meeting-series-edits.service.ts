// An organizer changes a recurring meeting from one occurrence on ("this and following") or
// throughout ("all"): the time of day, the length, the place, the title, the description, the
// seats. "Following" splits the series as RFC 5546 clients do (recurrence/series-edits.ts splitAt):
// the old meeting ends the occurrence before, a new meeting starts at it with the changes, and the
// answers for its occurrences — and every standing "going to the series" — go with them, so nobody
// loses a seat or their place in line. Whoever answered for a changed occurrence is told in the
// same transaction, by date, never by the organizer's words.
import { meetingEditSchema, type MeetingEdit } from '../../../../contracts/meetings.ts';
import type { Actor } from '../../../http/actor.ts';
import { AppError, invalid } from '../../../http/errors.ts';
import type { NotificationsService } from '../../notifications/notifications.service.ts';
import type { MeetingSeries } from '../recurrence/meeting-series.ts';
import { RecurrenceError } from '../recurrence/recurrence-error.ts';
import { editSeries, splitAt, type SeriesChanges } from '../recurrence/series-edits.ts';
import type { MeetingAccess } from './meeting-access.ts';
import { occurrenceAt, seriesOf, type MeetingRow, type MeetingsRepository } from './meetings.repository.ts';
import { checkedSeries, placeColumns, type MeetingsService } from './meetings.service.ts';
import type { RsvpRepository } from './rsvp.repository.ts';

/** The engine's own errors as a 400 under the field they name. */
function engine<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof RecurrenceError) throw invalid(error.field, error.message);
    throw error;
  }
}

/** The occurrence `from` names, or a 400 naming `from` (the engine's check names `start`). */
function firstChanged(row: MeetingRow, from: string) {
  try {
    return occurrenceAt(row, from);
  } catch (error) {
    if (error instanceof AppError) throw invalid('from', 'from: the meeting has no occurrence at this time');
    throw error;
  }
}

/** The row's columns for the series and the plain fields an edit may change. */
function columnsOf(series: MeetingSeries, edit: MeetingEdit) {
  const { first, lastEnd } = checkedSeries(series);
  return {
    startLocal: series.start,
    durationMinutes: series.durationMinutes,
    rrule: series.rrule,
    exdates: series.exdates,
    overrides: series.overrides,
    firstStartAt: new Date(first.start),
    lastEndAt: lastEnd,
    ...(edit.title !== undefined ? { title: edit.title } : {}),
    ...(edit.description !== undefined ? { description: edit.description } : {}),
    ...(edit.capacity !== undefined ? { capacity: edit.capacity } : {}),
    ...(edit.place ? placeColumns(edit.place) : {}),
  };
}

export function meetingSeriesEditsService(deps: {
  access: MeetingAccess;
  meetings: MeetingsRepository;
  rsvps: RsvpRepository;
  notifications: Pick<NotificationsService, 'transaction'>;
  read: Pick<MeetingsService, 'get'>;
}) {
  const { access, meetings, rsvps, notifications, read } = deps;
  return {
    async edit(actor: Actor, meetingId: string, input: MeetingEdit) {
      const row = await access.planMeeting(actor, meetingId);
      const edit = meetingEditSchema.parse(input);
      const occurrence = edit.scope === 'following' && edit.from ? firstChanged(row, edit.from) : null;
      const split = occurrence
        ? engine(() => splitAt(seriesOf(row), occurrence.recurrenceId))
        : { before: null, after: seriesOf(row) };
      const changes: SeriesChanges = {
        ...(edit.time ? { start: `${split.after.start.slice(0, 11)}${edit.time}` } : {}),
        ...(edit.durationMinutes ? { durationMinutes: edit.durationMinutes } : {}),
      };
      const { series, dropped } = engine(() => editSeries(split.after, changes));
      const columns = engine(() => columnsOf(series, edit));
      const before = split.before ? engine(() => checkedSeries(split.before!)) : null;
      // Answers are kept by local start: re-keyed only when the time of day really moves.
      const time = edit.time && edit.time !== split.after.start.slice(11) ? edit.time : undefined;
      // The answers to move are keyed by the old local starts; those to tell are the ones still ahead
      // (a split's new meeting holds only those; for "all", from yesterday on any clock).
      const since = split.before ? split.after.start : '';
      const tellSince = split.before ? '' : new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      const noticeable = time !== undefined || edit.durationMinutes !== undefined || edit.place !== undefined;
      const targetId = await notifications.transaction(async (tx, notices) => {
        let target = row.id;
        if (split.before && before) {
          await meetings.updateSeries(tx, row.id, {
            rrule: split.before.rrule,
            exdates: split.before.exdates,
            overrides: split.before.overrides,
            lastEndAt: before.lastEnd,
          });
          const { id: _id, sequence: _sequence, createdAt: _created, updatedAt: _updated, ...kept } = row;
          target = (await meetings.create({ ...kept, ...columns, createdByUserId: actor.userId }, tx)).id;
        } else {
          await meetings.updateSeries(tx, row.id, columns);
        }
        await rsvps.carryOver(tx, { from: row.id, to: target, since, time });
        if (noticeable)
          for (const userId of await rsvps.answerersSince(tx, target, tellSince))
            if (userId !== actor.userId)
              await notices.notify({
                userId,
                kind: 'circle.meeting-changed',
                actor: actor.name,
                subject: { type: 'circle', id: row.circleId },
                facts: { from: (occurrence?.start ?? columns.firstStartAt.toISOString()).slice(0, 10) },
                dedupeKey: null,
              });
        return target;
      });
      return {
        meeting: await read.get(actor, targetId),
        before: targetId === row.id ? null : await read.get(actor, row.id),
        dropped,
      };
    },
  };
}
export type MeetingSeriesEditsService = ReturnType<typeof meetingSeriesEditsService>;
