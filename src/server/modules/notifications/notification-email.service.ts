// Email for what happens while a member is away. Each run looks at unread, un-emailed
// notifications of members who are not connected right now and, per their preferences:
// instant categories go at once, batched ones once the oldest has waited `batchDelayMs` and at
// most one batched email an hour, 'off' ones are marked handled and never sent. Whatever is due
// for a member goes out as ONE message.
import { appPaths, appUrl } from '../../../contracts/app-paths.ts';
import { categoryOf } from '../../../contracts/notifications.ts';
import type { Db } from '../../db/client.ts';
import type { Mailer } from '../mail/mail.service.ts';
import { notificationPreferencesRepository } from './notification-preferences.repository.ts';
import { withDefaults } from './notification-preferences.service.ts';
import { notificationEmailRepository } from './notification-email.repository.ts';
import { safeBody } from './notifications.mapper.ts';
import type { NotificationRow } from './notifications.repository.ts';
import { isOnline, type NotificationHub } from './presence.ts';
import { issueUnsubscribeLink } from './unsubscribe-links.ts';

export type NotificationMailDeps = { db: Db; mailer: Pick<Mailer, 'send'>; publicUrl: string; hub?: NotificationHub };

// Long enough for a burst (a referral accepted, then scheduled) to share one email.
export const batchDelayMs = 10 * 60_000;
const maxMembersPerRun = 1000;

export function notificationLines(rows: NotificationRow[], publicUrl: string) {
  return rows.flatMap((row) => [
    `- ${row.title}${safeBody(row) ? `\n  ${safeBody(row).replace(/\s+/g, ' ').slice(0, 300)}` : ''}`,
    `  ${appUrl(publicUrl, row.link)}`,
  ]);
}

export function footer(unsubscribeUrl: string, publicUrl: string) {
  return [
    '',
    '—',
    `Choose what Kneadwork emails you: ${appUrl(publicUrl, appPaths.notificationSettings)}`,
    `Unsubscribe from all notification email: ${unsubscribeUrl}`,
  ];
}

/** Returns how many emails this run queued. */
export async function sendNotificationEmails(
  { db, mailer, publicUrl, hub }: NotificationMailDeps,
  now: Date = new Date(),
) {
  const repo = notificationEmailRepository(db);
  const slots = notificationPreferencesRepository(db);
  let sent = 0;
  const failures: unknown[] = [];
  for (const [userId, categories] of await repo.findPending(now, maxMembersPerRun)) {
    if (await isOnline(hub, userId)) continue;
    const prefs = withDefaults(await slots.find(userId));
    const modeOf = (category: string) => prefs.email[categoryOf(category)];
    await repo.claim(
      userId,
      categories.filter((c) => modeOf(c.category) === 'off').map((c) => c.category),
      now,
    );
    const instant = categories.filter((c) => modeOf(c.category) === 'instant').map((c) => c.category);
    const batched = categories.filter((c) => modeOf(c.category) === 'batched');
    const batchDue = batched.some((c) => now.getTime() - c.oldest.getTime() >= batchDelayMs);
    const claimBatch = batchDue && (await slots.claimBatchSlot(userId, now));
    const rows = [
      ...(await repo.claim(userId, instant, now)),
      ...(claimBatch
        ? await repo.claim(
            userId,
            batched.map((c) => c.category),
            now,
          )
        : []),
    ];
    if (rows.length === 0) continue;
    try {
      const member = await repo.member(userId);
      if (!member) continue;
      rows.sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime());
      const link = await issueUnsubscribeLink(db, userId, publicUrl);
      const subject = rows.length === 1 ? rows[0]!.title : `${rows.length} new notifications on Kneadwork`;
      const text = [
        `Hello ${member.name || 'there'},`,
        '',
        'While you were away:',
        '',
        ...notificationLines(rows, publicUrl),
        '',
        `All notifications: ${appUrl(publicUrl, appPaths.notifications)}`,
        ...footer(link.url, publicUrl),
      ].join('\n');
      await mailer.send({ to: member.email, subject, text, headers: link.headers, ref: `notifications:${userId}` });
      sent++;
    } catch (error) {
      // One member's failure must not cost the others their email; their rows go back for the next run.
      failures.push(error);
      await repo.release(rows.map((row) => row.id)).catch(() => undefined);
      if (claimBatch) await slots.releaseBatchSlot(userId).catch(() => undefined);
    }
  }
  if (failures.length > 0)
    throw new AggregateError(failures, `${failures.length} notification email(s) could not be queued`);
  return sent;
}
