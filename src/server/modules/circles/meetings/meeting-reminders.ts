// Reminders of a meeting to those going: a day before and an hour before, in the app and by email
// as the member's circles setting says (instant, batched or off). Waiting members are not
// reminded: they have no seat. Each reminder's dedupe key is its occurrence and lead time, so
// however often or on however many instances the job runs, a member is told once per reminder.
import type { NotificationsService } from '../../notifications/notifications.service.ts';
import { expand } from '../recurrence/expand.ts';
import type { MeetingsRepository } from './meetings.repository.ts';
import type { RsvpRepository } from './rsvp.repository.ts';
import { seriesOf } from './meetings.repository.ts';
import { pausedAfter } from './meetings.service.ts';

const hour = 60 * 60 * 1000;
export const reminderLeads = [
  { name: 'day', ms: 24 * hour },
  { name: 'hour', ms: hour },
] as const;
export const reminderCheckMs = 5 * 60_000;

const localDay = (at: Date) => at.toISOString().slice(0, 10);

/** Sends the reminders due at `now`; returns how many members were told. */
export async function sendMeetingReminders(
  deps: {
    meetings: MeetingsRepository;
    rsvps: RsvpRepository;
    notifications: Pick<NotificationsService, 'transaction'>;
  },
  now = new Date(),
): Promise<number> {
  // Occurrences are kept by their local start; two days either side of the next day covers every zone.
  const fromLocal = localDay(new Date(now.getTime() - 2 * 24 * hour));
  const toLocal = `${localDay(new Date(now.getTime() + 3 * 24 * hour))}T23:59`;
  const seats = await deps.rsvps.goingBetween(fromLocal, toLocal);
  // A seat is kept under its occurrence's original start: an occurrence moved into these days from
  // further away has its seats found through the move.
  for (const meeting of await deps.meetings.withMovedOccurrences()) {
    const movedHere = seriesOf(meeting)
      .overrides.filter((o) => o.status === 'moved' && o.start && o.start >= fromLocal && o.start <= toLocal)
      .map((o) => o.recurrenceId)
      .filter((id) => id < fromLocal || id > toLocal);
    seats.push(...(await deps.rsvps.goingAt(meeting.id, movedHere)));
  }
  const byMeeting = Map.groupBy(seats, (seat) => seat.meetingId);
  let told = 0;
  await deps.notifications.transaction(async (tx, notices) => {
    for (const [meetingId, going] of byMeeting) {
      const meeting = await deps.meetings.findById(meetingId, tx);
      if (!meeting) continue;
      const soon = expand(seriesOf(meeting), { from: now, to: new Date(now.getTime() + 24 * hour + 1) });
      for (const occurrence of soon) {
        if (occurrence.status === 'cancelled' || pausedAfter(meeting, occurrence)) continue;
        const ahead = new Date(occurrence.start).getTime() - now.getTime();
        // The nearest lead that has come: an hour before sends the hour's, not a late day's.
        const lead = [...reminderLeads].reverse().find((candidate) => ahead <= candidate.ms);
        if (!lead) continue;
        for (const seat of going.filter((item) => item.occurrence === occurrence.recurrenceId)) {
          await notices.notify({
            userId: seat.userId,
            kind: lead.name === 'day' ? 'circle.meeting-tomorrow' : 'circle.meeting-soon',
            subject: { type: 'circle', id: meeting.circleId },
            facts: { from: occurrence.start.slice(0, 10) },
            dedupeKey: `meeting-reminder:${meeting.id}:${occurrence.recurrenceId}:${lead.name}`,
          });
          told++;
        }
      }
    }
  });
  return told;
}
