// The iCalendar invite for one trade session (RFC 5545/5546, METHOD:REQUEST). The UID is derived
// from the session id, so a rescheduled session replaces the earlier event in the calendar
// (with a higher SEQUENCE) instead of adding a second one. Times are written in UTC.
import { appPaths, appUrl } from '../../../contracts/app-paths.ts';
import { calendarAttachment, eventUid } from '../../lib/icalendar.ts';
import type { SessionRow } from './trades.repository.ts';

/** A party as the invite names them: their name, and the account email the invite goes to. */
export type InviteParty = { name: string; email: string };
export type InviteInput = { session: SessionRow; provider: InviteParty; recipient: InviteParty; publicUrl: string };

export function sessionInvite({ session, provider, recipient, publicUrl }: InviteInput) {
  const start = new Date(session.startsAt!);
  const end = new Date(start.getTime() + session.minutes * 60_000);
  const summary = `Treatment trade: ${session.service} (${session.minutes} min) by ${provider.name} for ${recipient.name}`;
  // The trade's page in the app, where both confirm the session afterwards.
  const link = appUrl(publicUrl, appPaths.trade(session.tradeId));
  const attachment = calendarAttachment({
    name: 'Kneadwork trades',
    product: 'trades',
    events: [
      {
        uid: eventUid('trade-session', session.id, publicUrl),
        sequence: session.inviteSequence,
        start,
        end,
        timeZone: null,
        summary,
        description: `${provider.name} gives ${recipient.name} a ${session.minutes}-minute ${session.service} session, traded through Kneadwork.\n${link}`,
        location: session.location,
        url: link,
        organizer: provider,
        attendees: [
          { name: provider.name, email: provider.email, answer: 'accepted' },
          { name: recipient.name, email: recipient.email, answer: 'needs-action', rsvp: true },
        ],
      },
    ],
  });
  const when = `${start.toISOString().replace('T', ' ').slice(0, 16)}–${end.toISOString().slice(11, 16)} UTC`;
  return {
    subject: `${session.inviteSequence > 0 ? 'Moved: ' : ''}${session.service} with ${provider.name}, ${when}`,
    text: [
      `${provider.name} gives ${recipient.name} a ${session.minutes}-minute ${session.service} session.`,
      `When: ${when}`,
      session.location ? `Where: ${session.location}` : null,
      '',
      'The attached invite adds it to your calendar. After the session, both of you confirm it on the trade:',
      link,
    ]
      .filter((part) => part !== null)
      .join('\n'),
    attachment,
  };
}
