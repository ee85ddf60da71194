// The stale-series guard: a recurring meeting nobody runs any more should not keep appearing in
// members' calendars. Every 90 days since an organizer last confirmed it, the organizers are asked;
// when two asks in a row went unanswered, its future occurrences are paused and the members told.
// Confirming (any organizer) starts the count again and lifts a pause.
import type { Actor } from '../../../http/actor.ts';
import type { NotificationsService } from '../../notifications/notifications.service.ts';
import type { CirclesServices } from '../circles.module.ts';
import type { MeetingAccess } from './meeting-access.ts';
import type { MeetingsRepository } from './meetings.repository.ts';

export const confirmEveryMs = 90 * 24 * 60 * 60 * 1000;
/** The third due date passes with the first two unanswered: paused. */
const pauseAtPeriod = 3;
export const confirmationCheckMs = 6 * 60 * 60 * 1000;

type Deps = {
  access: MeetingAccess;
  meetings: MeetingsRepository;
  circles: CirclesServices['circles'];
  notifications: Pick<NotificationsService, 'transaction'>;
};

export function meetingConfirmations({ access, meetings, circles, notifications }: Deps) {
  return {
    /** An organizer says the series still runs. */
    async confirm(actor: Actor, meetingId: string, now = new Date()) {
      const meeting = await access.planMeeting(actor, meetingId);
      await meetings.confirm(meeting.id, now);
      return { confirmedAt: now.toISOString(), paused: false };
    },

    /** Asks and pauses what is due at `now`; returns how many series changed. */
    async check(now = new Date()) {
      let changed = 0;
      for (const meeting of await meetings.recurringUnpaused()) {
        const periods = Math.floor((now.getTime() - meeting.confirmedAt.getTime()) / confirmEveryMs);
        if (periods <= meeting.confirmationsAsked) continue;
        const pause = periods >= pauseAtPeriod;
        const managers = await circles.managerIds(meeting.circleId);
        const told = pause ? await circles.activeMemberIds(meeting.circleId) : managers;
        await notifications.transaction(async (tx, notices) => {
          if (!(await meetings.markAsked(tx, meeting.id, meeting.confirmationsAsked, periods, pause ? now : null)))
            return;
          for (const userId of told)
            await notices.notify({
              userId,
              kind: pause ? 'circle.meeting-paused' : 'circle.meeting-confirm',
              subject: { type: 'circle', id: meeting.circleId },
              dedupeKey: `meeting-confirm:${meeting.id}:${meeting.confirmedAt.toISOString()}:${periods}`,
            });
          changed++;
        });
      }
      return changed;
    },
  };
}
export type MeetingConfirmations = ReturnType<typeof meetingConfirmations>;
