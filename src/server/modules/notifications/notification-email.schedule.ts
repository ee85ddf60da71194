// Notification email on the job scheduler (the claims keep each email to one send). Away-email
// runs every minute so 'instant' means about a minute; the weekly digest is asked every 15
// minutes and goes to each member on the first run after Monday 08:00 on their own clock.
import type { AppContext } from '../../context.ts';
import { sendWeeklyDigests } from './notification-digest.service.ts';
import { sendNotificationEmails } from './notification-email.service.ts';
import { hubOf } from './presence.ts';

const everyMs = 60_000;
/** The digest's hour on Monday, on each member's clock. */
export const digestHour = 8;

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
    // The per-(member, week) claim makes every later run of the member's week a no-op for them.
    run: (now) => sendWeeklyDigests(deps(), now, digestHour),
  });
}
