// A reminder email to each volunteer before their shift: once the shift starts within the lead time
// (a day), the job claims the sign-up (UPDATE … WHERE reminded_at IS NULL) and queues one mail in
// the durable outbox. The claim is what makes it once: two instances, or a pass run by hand, race
// for the same row and one wins. The mail names the event's title, the time on the event's clock,
// and two links: the event in the app and the shift's .ics file.
import { appPaths, appUrl } from '../../../../contracts/app-paths.ts';
import type { AppContext } from '../../../context.ts';
import { formatInZone } from '../../../lib/time.ts';
import { volunteeringRepository } from './volunteering.repository.ts';
import { shiftCalendarPath } from './volunteering.service.ts';

export const reminderLeadMs = 24 * 60 * 60 * 1000;
const checkEveryMs = 5 * 60_000;

/** Sends the reminders due at `now`; answers how many were sent. */
export async function sendVolunteerReminders(context: AppContext, now = new Date()) {
  const repo = volunteeringRepository(context.db);
  const due = await repo.dueReminders(now, new Date(now.getTime() + reminderLeadMs));
  let sent = 0;
  for (const row of due) {
    if (!(await repo.claimReminder(row.signupId))) continue;
    const { publicUrl } = context.config;
    await context.mailer.queue({
      to: row.email,
      subject: `Reminder: your volunteer shift for ${row.event.title}`,
      text: [
        `Hello ${row.name},`,
        '',
        `You signed up to volunteer at "${row.event.title}" on ${formatInZone(new Date(row.shift.startsAt), row.event.timeZone)}.`,
        ...(row.event.place ? [`Where: ${row.event.place}`] : []),
        '',
        'The event and your shift:',
        appUrl(publicUrl, appPaths.volunteerEvent(row.event.id)),
        '',
        'Add the shift to your calendar:',
        appUrl(publicUrl, shiftCalendarPath(row.event.id, row.shift.id)),
        '',
        'Cannot come? Withdraw on the event page, so someone else can take your place.',
      ].join('\n'),
      ref: `volunteer-reminder:${row.signupId}`,
    });
    sent++;
  }
  return sent;
}

export function scheduleVolunteerReminders(context: AppContext) {
  context.jobs.add({
    name: 'volunteer-reminders',
    everyMs: checkEveryMs,
    run: (now) => sendVolunteerReminders(context, now),
  });
}
