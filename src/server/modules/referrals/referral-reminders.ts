// A referral nobody answered within reminderAfterDays reminds the recipient and tells the sender,
// once: the claim is one UPDATE … WHERE reminded_at IS NULL, so however many instances tick at
// the same moment, each referral is reminded by exactly one of them. "Sent N days ago" counts the
// days on the calendar of the member told (their profile's time zone; UTC when unset).
import type { AppContext } from '../../context.ts';
import { calendarDay, daysBetween } from '../../lib/time.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { referralLinks } from './referral-links.service.ts';
import { referralsRepository } from './referrals.repository.ts';

export const reminderAfterDays = 3;
const everyMs = 30 * 60_000;
const dayMs = 86_400_000;

export type ReminderDeps = {
  profiles: Pick<ProfilesService, 'timeZones'>;
  notifications: Pick<NotificationsService, 'transaction'>;
};

/** Sends the reminders due at `now`; returns how many referrals were reminded. */
export async function sendReferralReminders(
  context: AppContext,
  { profiles, notifications }: ReminderDeps,
  now = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - reminderAfterDays * dayMs);
  // The parties' zones are read before the claim's transaction (which may use only its own
  // connection); a referral that turns due in between counts on UTC's calendar.
  const unanswered = await referralsRepository(context.db).findUnanswered(cutoff);
  const zones = await profiles.timeZones(unanswered.flatMap((row) => [row.fromUserId, row.toUserId ?? '']));
  const daysFor = (userId: string, since: Date) => {
    const zone = zones.get(userId) ?? null;
    return daysBetween(calendarDay(zone, since), calendarDay(zone, now));
  };
  // The claim and its notices commit together (the notices go live after the commit): a failure
  // leaves the referrals unclaimed for the next tick.
  const due = await notifications.transaction(async (tx, notices) => {
    const claimed = await referralsRepository(tx).claimUnanswered(cutoff, now);
    const links = referralLinks({ ...context, db: tx });
    const reminders = [];
    for (const referral of claimed) {
      const link = referral.toUserId ? null : await links.stateOf(referral.id, now);
      const subject = { type: 'referral', id: referral.id } as const;
      if (referral.toUserId) {
        await notices.notify({
          userId: referral.toUserId,
          kind: 'referral.reminder',
          subject,
          facts: { days: daysFor(referral.toUserId, referral.createdAt) },
          dedupeKey: `referral.reminder:${referral.id}`,
        });
      }
      const days = daysFor(referral.fromUserId, referral.createdAt);
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

export function scheduleReferralReminders(context: AppContext, deps: ReminderDeps) {
  context.jobs.add({ name: 'referral-reminders', everyMs, run: (now) => sendReferralReminders(context, deps, now) });
}
