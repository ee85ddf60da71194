// A referral nobody answered within reminderAfterDays reminds the recipient and tells the sender,
// once: the claim is one UPDATE … WHERE reminded_at IS NULL, so however many instances tick at
// the same moment, each referral is reminded by exactly one of them.
import type { AppContext } from '../../context.ts';
import { notificationsService } from '../notifications/notifications.service.ts';
import { referralLinks } from './referral-links.service.ts';
import { referralsRepository } from './referrals.repository.ts';

export const reminderAfterDays = 3;
const everyMs = 30 * 60_000;
const dayMs = 86_400_000;

/** Sends the reminders due at `now`; returns how many referrals were reminded. */
export async function sendReferralReminders(context: AppContext, now = new Date()): Promise<number> {
  const repo = referralsRepository(context.db);
  // The claim and its notices commit together: a failure leaves the referrals unclaimed for the next tick.
  const due = await repo.inTransaction(async (tx) => {
    const claimed = await referralsRepository(tx).claimUnanswered(
      new Date(now.getTime() - reminderAfterDays * dayMs),
      now,
    );
    const notices = notificationsService({ ...context, db: tx });
    const links = referralLinks({ ...context, db: tx });
    const reminders = [];
    for (const referral of claimed) {
      const days = Math.floor((now.getTime() - referral.createdAt.getTime()) / dayMs);
      const link = referral.toUserId ? null : await links.stateOf(referral.id, now);
      const subject = { type: 'referral', id: referral.id } as const;
      if (referral.toUserId) {
        await notices.notify({
          userId: referral.toUserId,
          kind: 'referral.reminder',
          subject,
          facts: { days },
          dedupeKey: `referral.reminder:${referral.id}`,
        });
      }
      await notices.notify({
        userId: referral.fromUserId,
        kind: 'referral.unanswered',
        actor: referral.recipientName,
        subject,
        facts: { days, reminded: referral.toUserId !== null || link?.state === 'active' },
        dedupeKey: `referral.unanswered:${referral.id}`,
      });
      reminders.push({ referral, days, link });
    }
    return reminders;
  });
  for (const { referral, days, link } of due) {
    if (link?.state !== 'active') continue;
    // The token exists only in the first email, so the reminder points there instead of carrying a new one.
    await context.mailer.send({
      to: link.sentTo,
      subject: 'Reminder: a referral is waiting for your answer',
      text: `Dear ${referral.recipientName},\n\nA client was referred to you through Kneadwork ${days} days ago and is waiting for your answer. Please open the private link in our email of ${referral.createdAt.toISOString().slice(0, 10)} to accept or decline it.`,
      ref: `referral:${referral.id}`,
    });
  }
  return due.length;
}

export function scheduleReferralReminders(context: AppContext) {
  context.jobs.add({ name: 'referral-reminders', everyMs, run: (now) => sendReferralReminders(context, now) });
}
