// The daily follow-up digest's timer, in every instance (the per-day claim keeps it to one send),
// and the clean-up of unconfirmed imports. Digests go out from 12:00 UTC — morning across North
// America, where the UTC day is also the local day — on the first tick after that hour.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { utcDay } from './contact-days.ts';
import { contactImportsRepository } from './contact-imports.repository.ts';
import { sendFollowUpDigests } from './follow-ups.service.ts';

const everyMs = 15 * 60_000;
export const digestHourUtc = 12;

export function scheduleFollowUpDigests(app: FastifyInstance, { db, mailer, config }: AppContext) {
  // Once a day's digests are out, this instance stops looking until the next day.
  let doneFor = '';
  const tick = async () => {
    await contactImportsRepository(db).deleteExpired();
    const now = new Date();
    if (now.getUTCHours() < digestHourUtc || doneFor === utcDay(now)) return;
    await sendFollowUpDigests(db, mailer, config.publicUrl, now);
    doneFor = utcDay(now);
  };
  const timer = setInterval(() => void tick().catch((error: unknown) => app.log.warn({ err: error }, 'follow-up digests failed')), everyMs);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
