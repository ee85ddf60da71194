// An organizer changes one occurrence: cancels it, moves it (another time, length or place) or
// puts it back as planned. The series keeps the change as an override (RECURRENCE-ID), its
// SEQUENCE goes up so calendars replace their copy, and everyone who answered for that occurrence
// is told in the same transaction — by date, never by the organizer's words.
import type { OccurrenceChange } from '../../../../contracts/meetings.ts';
import type { Actor } from '../../../http/actor.ts';
import { invalid } from '../../../http/errors.ts';
import type { NotificationsService } from '../../notifications/notifications.service.ts';
import { expand } from '../recurrence/expand.ts';
import type { MeetingSeries } from '../recurrence/meeting-series.ts';
import { RecurrenceError } from '../recurrence/recurrence-error.ts';
import { withOverride, withoutOverride } from '../recurrence/series-edits.ts';
import type { MeetingAccess } from './meeting-access.ts';
import { occurrenceAt, seriesOf, type MeetingsRepository } from './meetings.repository.ts';
import type { RsvpRepository } from './rsvp.repository.ts';

const hour = 60 * 60 * 1000;

function changed(series: MeetingSeries, recurrenceId: string, change: OccurrenceChange): MeetingSeries {
  try {
    if (change.action === 'restore') return withoutOverride(series, recurrenceId);
    if (change.action === 'cancel') return withOverride(series, { recurrenceId, status: 'cancelled' });
    return withOverride(series, {
      recurrenceId,
      status: 'moved',
      ...(change.start ? { start: change.start } : {}),
      ...(change.durationMinutes ? { durationMinutes: change.durationMinutes } : {}),
      ...(change.place ? { place: change.place } : {}),
    });
  } catch (error) {
    if (error instanceof RecurrenceError) throw invalid(error.field, error.message);
    throw error;
  }
}

export function meetingChangesService(deps: {
  access: MeetingAccess;
  meetings: MeetingsRepository;
  rsvps: RsvpRepository;
  notifications: Pick<NotificationsService, 'transaction'>;
}) {
  const { access, meetings, rsvps, notifications } = deps;
  return {
    async changeOccurrence(actor: Actor, meetingId: string, start: string, change: OccurrenceChange) {
      const meeting = await access.planMeeting(actor, meetingId);
      const occurrence = occurrenceAt(meeting, start);
      const at = new Date(occurrence.start).getTime();
      const series = changed(seriesOf(meeting), occurrence.recurrenceId, change);
      return notifications.transaction(async (tx, notices) => {
        await meetings.updateSeries(tx, meeting.id, { overrides: series.overrides });
        for (const userId of await rsvps.answerersAt(tx, meeting.id, occurrence.recurrenceId))
          if (userId !== actor.userId)
            await notices.notify({
              userId,
              kind: change.action === 'cancel' ? 'circle.meeting-cancelled' : 'circle.meeting-changed',
              actor: actor.name,
              subject: { type: 'circle', id: meeting.circleId },
              facts: { from: occurrence.start.slice(0, 10) },
              dedupeKey: null,
            });
        const [after] = expand(series, {
          from: new Date(at - 400 * 24 * hour),
          to: new Date(at + 400 * 24 * hour),
        }).filter((candidate) => candidate.recurrenceId === occurrence.recurrenceId);
        return {
          start: after?.start ?? occurrence.start,
          end: after?.end ?? occurrence.end,
          status: after?.status ?? 'scheduled',
        };
      });
    },
  };
}
export type MeetingChangesService = ReturnType<typeof meetingChangesService>;
