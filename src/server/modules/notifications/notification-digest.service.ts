// The weekly digest: one email per member and ISO week summarizing the last seven days'
// notifications, unless they turned it off. The week and the hour are the member's own (their
// profile's time zone, UTC when unset): the digest for their week goes from Monday `fromHour` on
// their clock. Each (member, week) is claimed by an insert first, so two instances (or a pass run
// again) never send the same digest.
import { appPaths, appUrl } from '../../../contracts/app-paths.ts';
import { categoryOf, type NotificationCategory } from '../../../contracts/notifications.ts';
import { footer, notificationLines, type NotificationMailDeps } from './notification-email.service.ts';
import { notificationEmailRepository } from './notification-email.repository.ts';
import { issueUnsubscribeLink } from './unsubscribe-links.ts';
import { zonedAt } from '../../lib/time.ts';

const weekMs = 7 * 24 * 60 * 60_000;
const maxListed = 20;
// No clock on Earth is more than 14 hours ahead of UTC (Kiribati).
const aheadMostMs = 14 * 60 * 60_000;

/** The ISO-8601 week of a moment on a clock in `zone` (UTC when null), '2026-W48' (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(at: Date, zone: string | null = null) {
  const day = zonedAt(zone, at);
  return `${day.yearOfWeek}-W${String(day.weekOfYear).padStart(2, '0')}`;
}

/** Whether the member's digest for their current week is due: not on a Monday before `fromHour` on their clock. */
const digestDue = (zone: string | null, now: Date, fromHour: number) => {
  const local = zonedAt(zone, now);
  return local.dayOfWeek !== 1 || local.hour >= fromHour;
};

const categoryNames: Record<NotificationCategory, string> = {
  referrals: 'referrals',
  trades: 'treatment trades',
  connections: 'your network',
  away: 'cover when away',
  messages: 'messages',
  contacts: 'contacts',
  clients: 'clients',
  circles: 'circles',
  other: 'other',
};

/** Returns how many digests this call queued. */
export async function sendWeeklyDigests(
  { db, mailer, publicUrl }: NotificationMailDeps,
  now: Date = new Date(),
  fromHour = 0,
) {
  const repo = notificationEmailRepository(db);
  const since = new Date(now.getTime() - weekMs);
  let sent = 0;
  const failures: unknown[] = [];
  // Whoever has had the digest of the latest week any clock is in now is done for this pass.
  for (const { userId, timeZone } of await repo.findDigestRecipients(
    since,
    isoWeek(new Date(now.getTime() + aheadMostMs)),
  )) {
    if (!digestDue(timeZone, now, fromHour)) continue;
    const week = isoWeek(now, timeZone);
    if (!(await repo.claimDigest(userId, week))) continue;
    try {
      const member = await repo.member(userId);
      const rows = await repo.findSince(userId, since, now, 500);
      if (!member || rows.length === 0) continue;
      const counts = new Map<NotificationCategory, number>();
      for (const row of rows) counts.set(categoryOf(row.kind), (counts.get(categoryOf(row.kind)) ?? 0) + 1);
      const unread = rows.filter((row) => !row.readAt).length;
      const link = await issueUnsubscribeLink(db, userId, publicUrl);
      const text = [
        `Hello ${member.name || 'there'},`,
        '',
        `Your week on Kneadwork: ${rows.length === 1 ? 'one notification' : `${rows.length} notifications`}${unread > 0 ? `, ${unread} still unread` : ''}.`,
        '',
        ...[...counts].map(([category, n]) => `- ${categoryNames[category]}: ${n}`),
        '',
        'The latest:',
        ...notificationLines(rows.slice(0, maxListed), publicUrl),
        ...(rows.length > maxListed ? [`…and ${rows.length - maxListed} more.`] : []),
        '',
        `All notifications: ${appUrl(publicUrl, appPaths.notifications)}`,
        ...footer(link.url, publicUrl),
        'Turn the weekly digest off in your notification settings.',
      ].join('\n');
      await mailer.send({
        to: member.email,
        subject: `Your week on Kneadwork (${week})`,
        text,
        headers: link.headers,
        ref: `notifications:${userId}`,
      });
      sent++;
    } catch (error) {
      failures.push(error);
      await repo.releaseDigest(userId, week).catch(() => undefined);
    }
  }
  if (failures.length > 0)
    throw new AggregateError(failures, `${failures.length} weekly digest(s) could not be queued`);
  return sent;
}
