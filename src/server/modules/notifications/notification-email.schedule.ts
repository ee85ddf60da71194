// Notification email on the job scheduler (the claims keep each email to one send). Away-email
// runs every minute so 'instant' means about a minute; the weekly digest goes out on the first
// run of each ISO week after Monday 08:00 UTC.
import type { AppContext } from '../../context.ts';
import { sendWeeklyDigests } from './notification-digest.service.ts';
import { sendNotificationEmails } from './notification-email.service.ts';
import { hubOf } from './presence.ts';

const everyMs = 60_000;
export const digestHourUtc = 8;

export function scheduleNotificationEmails(context: AppContext) {
  const deps = () => ({
    db: context.db,
    mailer: context.mailer,
    publicUrl: context.config.publicUrl,
    hub: hubOf(context),
  });
  // The scheduler never overlaps two runs of one job, here or on another instance.
  context.jobs.add({ name: 'notification-email', everyMs, run: (now) => sendNotificationEmails(deps(), now) });
  context.jobs.add({
    name: 'weekly-digest',
    everyMs: 15 * 60_000,
    run: async (now) => {
      // The per-(member, week) claim makes every later run of the week a cheap no-op.
      if (now.getUTCDay() !== 1 || now.getUTCHours() >= digestHourUtc) await sendWeeklyDigests(deps(), now);
    },
  });
}
