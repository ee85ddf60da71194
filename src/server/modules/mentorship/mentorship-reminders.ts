// The `mentorship-reminders` job: a check-in's reminder, once, to both parties. The lease keeps
// two instances from running a pass at once; the check-in's own claim (reminded_at, set by one
// conditional UPDATE in the same transaction as the notices) keeps each reminder to one send even
// when passes overlap or are run by hand.
import type { AppContext } from '../../context.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import { mentorshipsRepository } from './mentorships.repository.ts';

export const mentorshipReminderJob = 'mentorship-reminders';

export async function sendMentorshipReminders(
  context: AppContext,
  notifications: Pick<NotificationsService, 'transaction'>,
  now: Date,
) {
  const due = await mentorshipsRepository(context.db).dueReminders(now, 200);
  let sent = 0;
  for (const checkIn of due) {
    const claimed = await notifications.transaction(async (tx, notices) => {
      if (!(await mentorshipsRepository(tx).claimReminder(tx, checkIn.id))) return false;
      for (const userId of [checkIn.mentorship.mentorUserId, checkIn.mentorship.menteeUserId])
        await notices.notify({
          userId,
          kind: 'mentorship.check-in-reminder',
          subject: { type: 'mentorship', id: checkIn.mentorship.id },
          facts: { from: new Date(checkIn.startsAt).toISOString().slice(0, 10) },
          dedupeKey: `mentorship.check-in-reminder:${checkIn.id}`,
        });
      return true;
    });
    if (claimed) sent += 1;
  }
  return sent;
}
