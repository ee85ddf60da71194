// The daily follow-up digest on the job scheduler (the per-day claim keeps it to one send per
// member), and the clean-up of unconfirmed imports. A member's digest goes out on the first run
// after 08:00 on their own clock — their profile's time zone, UTC when they have none.
import type { AppContext } from '../../context.ts';
import { contactImportsRepository } from './contact-imports.repository.ts';
import { sendFollowUpDigests } from './follow-ups.service.ts';

const everyMs = 15 * 60_000;
export const digestLocalHour = 8;

export function scheduleFollowUpDigests({ db, mailer, config, jobs }: AppContext) {
  jobs.add({
    name: 'follow-up-digests',
    everyMs,
    run: async (now) => {
      await contactImportsRepository(db).deleteExpired();
      await sendFollowUpDigests(db, mailer, config.publicUrl, now, digestLocalHour);
    },
  });
}
