// When an away period is over (its end date passed, or it was ended early), every colleague who
// accepted to cover gets one thank-you naming the period and how many referrals were redirected
// to them. Each period is claimed once (UPDATE … WHERE thanked_at IS NULL) in the same transaction
// as its notifications, so two server processes running this at once thank each colleague once,
// and a failure leaves the period to be thanked on the next run.
import type { AppContext } from '../../context.ts';
import type { NetworkService } from '../network/network.service.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { awayRepository } from './away.repository.ts';
import { calendarDay } from '../../lib/time.ts';
import { lastDayOf } from './away.service.ts';
import { awayDays, daysAnywhere, spanOf } from './away-days.ts';

export type AwayThanksDeps = {
  profiles: Pick<ProfilesService, 'memberCards' | 'timeZones'>;
  network: Pick<NetworkService, 'referralsRedirected'>;
  notifications: Pick<NotificationsService, 'transaction'>;
};

const batch = 100;
const intervalMs = 10 * 60_000;

/** Sends the thank-you notes due at `now`; answers how many periods it thanked. */
export async function thankCoveringColleagues(
  context: AppContext,
  { profiles, network, notifications }: AwayThanksDeps,
  now = new Date(),
): Promise<number> {
  const found = await awayRepository(context.db).findDueThanks(daysAnywhere(now).latest, batch);
  const zoneOf = await awayDays(profiles).zonesOf(found.map((row) => row.userId));
  // Over on the away member's calendar: ended early, or their end date is behind them.
  const dueNow = found.filter((row) => row.endedAt || row.endsOn < calendarDay(zoneOf(row.userId), now));
  let thanked = 0;
  for (const due of dueNow) {
    const lastDay = lastDayOf(due, zoneOf(due.userId));
    // Read before the claim's transaction (which may use only its own connection): a period that
    // is over no longer changes, and a second instance that loses the claim below sends nothing.
    const covers = due.startsOn > lastDay ? [] : await awayRepository(context.db).findCovers([due.id], 'accepted');
    const name = (await profiles.memberCards([due.userId])).get(due.userId)?.displayName ?? 'a colleague';
    const { since, until } = spanOf(due.startsOn, lastDay, zoneOf(due.userId));
    const counts = new Map<string, number>();
    for (const cover of covers)
      counts.set(cover.coverUserId, await network.referralsRedirected(due.userId, cover.coverUserId, since, until));
    const sent = await notifications.transaction(async (tx, notices) => {
      const period = await awayRepository(tx).claimThanks(due.id);
      if (!period) return false;
      // Cancelled before it began: nobody covered anything (covers is empty).
      for (const cover of covers) {
        await notices.notify({
          userId: cover.coverUserId,
          kind: 'away.thanks',
          actor: name,
          subject: { type: 'away', id: period.id },
          facts: { from: period.startsOn, to: lastDay, count: counts.get(cover.coverUserId) ?? 0 },
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
export function scheduleAwayThanks(context: AppContext, deps: AwayThanksDeps) {
  context.jobs.add({
    name: 'away-thanks',
    everyMs: intervalMs,
    run: (now) => thankCoveringColleagues(context, deps, now),
  });
}
