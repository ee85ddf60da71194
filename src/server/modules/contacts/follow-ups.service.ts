// Follow-ups: the in-app reminder (overdue, today, the next 7 days) and the daily email digest.
import type { FollowUps } from '../../../contracts/contacts.ts';
import { professions } from '../../../contracts/taxonomy.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import type { Mailer } from '../mail/mail.service.ts';
import { zonedAt } from '../../lib/time.ts';
import { addDays, upcomingDays, calendarDay } from './contact-days.ts';
import { contactMembersMapper } from './contact-members.mapper.ts';
import { contactsRepository, type ContactFilter, type ContactWithActivity } from './contacts.repository.ts';
import { followUpDigestsRepository } from './follow-up-digests.repository.ts';

// Enough for any real reminder list; a member with more has a different problem.
const maxPerBucket = 500;
const maxInDigest = 50;

export function followUpsService(context: Pick<AppContext, 'db'>) {
  const repo = contactsRepository(context.db);
  const views = contactMembersMapper(context.db);
  const due = (ownerUserId: string, between: ContactFilter['followUpBetween'], limit = maxPerBucket) =>
    repo.findPage(ownerUserId, { followUpBetween: between }, 'follow-up', limit, 0);

  return {
    async buckets(actor: Pick<Actor, 'userId'>, today = calendarDay(null)): Promise<FollowUps> {
      const [overdue, todays, upcoming] = [
        await due(actor.userId, { from: null, to: addDays(today, -1) }),
        await due(actor.userId, { from: today, to: today }),
        await due(actor.userId, { from: addDays(today, 1), to: addDays(today, upcomingDays) }),
      ];
      return {
        overdue: await views.present(actor.userId, overdue),
        today: await views.present(actor.userId, todays),
        upcoming: await views.present(actor.userId, upcoming),
      };
    },

    dueFor: (ownerUserId: string, day: string) => due(ownerUserId, { from: null, to: day }, maxInDigest),
    countDue: (ownerUserId: string, day: string) =>
      repo.count(ownerUserId, { followUpBetween: { from: null, to: day } }),
  };
}

function digestText(name: string, day: string, contacts: ContactWithActivity[], total: number, publicUrl: string) {
  const line = (c: ContactWithActivity) => {
    const what = [professions[c.profession as keyof typeof professions] ?? c.profession, c.organisation]
      .filter(Boolean)
      .join(', ');
    const when = c.followUpOn === day ? 'today' : `overdue since ${c.followUpOn}`;
    return `- ${c.name} (${what}) — ${when}${c.followUpNote ? `: ${c.followUpNote}` : ''}\n  ${publicUrl}/app/contacts/${c.id}`;
  };
  return [
    `Hello ${name || 'there'},`,
    '',
    `${total === 1 ? 'One professional is' : `${total} professionals are`} waiting to hear from you:`,
    '',
    ...contacts.map(line),
    ...(total > contacts.length ? ['', `…and ${total - contacts.length} more.`] : []),
    '',
    `All your follow-ups: ${publicUrl}/app/contacts?followUp=due`,
    '',
    'Kneadwork sends this email on days when a follow-up is due.',
  ].join('\n');
}

/**
 * Emails each member with follow-ups due on their own day (or overdue) one message listing them,
 * once it is `fromLocalHour` or later on their clock (profile time zone, UTC when unknown).
 * Each (member, day) is claimed by an insert first, so two instances never send the same digest.
 * Returns how many digests this call sent.
 */
export async function sendFollowUpDigests(
  db: Db,
  mailer: Pick<Mailer, 'send'>,
  publicUrl: string,
  now: Date = new Date(),
  fromLocalHour = 0,
) {
  const digests = followUpDigestsRepository(db);
  const followUps = followUpsService({ db });
  let sent = 0;
  const failures: unknown[] = [];
  // No clock on Earth is more than a day ahead of UTC.
  for (const member of await digests.findRecipients(addDays(calendarDay(null, now), 1))) {
    const local = zonedAt(member.timeZone, now);
    const day = local.toPlainDate().toString();
    if (local.hour < fromLocalHour || !member.earliest || member.earliest > day) continue;
    if (!(await digests.claim(member.userId, day))) continue;
    try {
      const contacts = await followUps.dueFor(member.userId, day);
      if (contacts.length === 0) continue;
      const total = await followUps.countDue(member.userId, day);
      const subject = total === 1 ? `Follow up with ${contacts[0]!.name} today` : `${total} follow-ups due today`;
      await mailer.send({
        to: member.email,
        subject,
        text: digestText(member.name, day, contacts, total, publicUrl),
        ref: `follow-up-digest:${member.userId}`,
      });
      sent++;
    } catch (error) {
      // One member's failure (the outbox write) must not cost the others their digest.
      failures.push(error);
      await digests.release(member.userId, day).catch(() => undefined);
    }
  }
  if (failures.length > 0)
    throw new AggregateError(failures, `${failures.length} follow-up digest(s) could not be queued`);
  return sent;
}
export type FollowUpsService = ReturnType<typeof followUpsService>;
