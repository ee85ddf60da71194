// The timers behind notification email, in every instance (the claims keep each email to one
// send). Away-email runs every minute so 'instant' means about a minute; the weekly digest goes
// out on the first tick of each ISO week after Monday 08:00 UTC.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { isoWeek, sendWeeklyDigests } from './notification-digest.service.ts';
import { sendNotificationEmails } from './notification-email.service.ts';
import { hubOf } from './presence.ts';

const everyMs = 60_000;
export const digestHourUtc = 8;

export function scheduleNotificationEmails(app: FastifyInstance, context: AppContext) {
  const deps = () => ({ db: context.db, mailer: context.mailer, publicUrl: context.config.publicUrl, hub: hubOf(context) });
  // Once a week's digests are out, this instance stops looking until the next week.
  let digestsDoneFor = '';
  let running = false;
  const tick = async () => {
    // A slow run (a large backlog) must not overlap the next tick in the same instance.
    if (running) return;
    running = true;
    try {
      const now = new Date();
      await sendNotificationEmails(deps(), now);
      const week = isoWeek(now);
      const pastMondayMorning = now.getUTCDay() !== 1 || now.getUTCHours() >= digestHourUtc;
      if (digestsDoneFor !== week && pastMondayMorning) {
        await sendWeeklyDigests(deps(), now);
        digestsDoneFor = week;
      }
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick().catch((error: unknown) => app.log.warn({ err: error }, 'notification email failed')), everyMs);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
