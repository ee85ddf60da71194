// When an away period is over (its end date passed, or it was ended early), every colleague who
// accepted to cover gets one thank-you naming the period and how many referrals were redirected
// to them. Each period is claimed once (UPDATE … WHERE thanked_at IS NULL) in the same transaction
// as its notifications, so two server processes running this at once thank each colleague once,
// and a failure leaves the period to be thanked on the next run.
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { awayRepository } from './away.repository.ts';
import { calendarDay } from '../../lib/time.ts';
import { lastDayOf } from './away.service.ts';
import { networkHistoryRepository } from '../network/network-history.repository.ts';
import { networkMembersRepository } from '../network/network-members.repository.ts';
import { notificationsService } from '../notifications/notifications.service.ts';

const batch = 100;
const intervalMs = 10 * 60_000;

/** Sends the thank-you notes due at `now`; answers how many periods it thanked. */
export async function thankCoveringColleagues(context: AppContext, now = new Date()): Promise<number> {
  const today = calendarDay(null, now);
  const due = await awayRepository(context.db).findDueThanks(today, batch);
  let thanked = 0;
  for (const { id } of due) {
    const sent = await awayRepository(context.db).inTransaction(async (tx: Db) => {
      const period = await awayRepository(tx).claimThanks(id);
      if (!period) return false;
      const lastDay = lastDayOf(period);
      // Cancelled before it began: nobody covered anything.
      if (period.startsOn > lastDay) return true;
      const covers = await awayRepository(tx).findCovers([period.id], 'accepted');
      const away = (await networkMembersRepository(tx).findRefs([period.userId])).get(period.userId);
      const name = away?.displayName ?? 'a colleague';
      const notices = notificationsService({ ...context, db: tx });
      for (const cover of covers) {
        const redirected = await networkHistoryRepository(tx).redirectedCount(period.userId, cover.coverUserId, period.startsOn, lastDay);
        await notices.notify({
          userId: cover.coverUserId,
          kind: 'away.thanks',
          actor: name,
          subject: { type: 'away', id: period.id },
          facts: { from: period.startsOn, to: lastDay, count: redirected },
          dedupeKey: `away.thanks:${period.id}:${cover.coverUserId}`,
        });
      }
      return true;
    });
    if (sent) thanked++;
  }
  return thanked;
}

/** Runs the thank-you pass now and then, on the job scheduler. */
export function scheduleAwayThanks(context: AppContext) {
  context.jobs.add({ name: 'away-thanks', everyMs: intervalMs, run: (now) => thankCoveringColleagues(context, now) });
}
