// The iCalendar invite for one trade session (RFC 5545/5546, METHOD:REQUEST). The UID is derived
// from the session id, so a rescheduled session replaces the earlier event in the calendar
// (with a higher SEQUENCE) instead of adding a second one. Times are written in UTC.
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { appPaths, appUrl } from '../../../contracts/app-paths.ts';
import type { MemberCard, SessionRow } from './trades.repository.ts';

export const sessionUid = (sessionId: string, host: string) => `trade-session-${sessionId}@${host}`;

export type InviteInput = { session: SessionRow; provider: MemberCard; recipient: MemberCard; publicUrl: string };

export function sessionInvite({ session, provider, recipient, publicUrl }: InviteInput) {
  const start = new Date(session.startsAt!);
  const end = new Date(start.getTime() + session.minutes * 60_000);
  const summary = `Treatment trade: ${session.service} (${session.minutes} min) by ${provider.name} for ${recipient.name}`;
  // The trade's page in the app, where both confirm the session afterwards.
  const link = appUrl(publicUrl, appPaths.trade(session.tradeId));
  const calendar = ical({ name: 'Kneadwork trades', method: ICalCalendarMethod.REQUEST, prodId: { company: 'Kneadwork', product: 'trades', language: 'EN' } });
  calendar.createEvent({
    id: sessionUid(session.id, new URL(publicUrl).host),
    sequence: session.inviteSequence,
    start,
    end,
    timezone: null,
    stamp: new Date(),
    summary,
    description: `${provider.name} gives ${recipient.name} a ${session.minutes}-minute ${session.service} session, traded through Kneadwork.\n${link}`,
    location: session.location || null,
    url: link,
    status: ICalEventStatus.CONFIRMED,
    organizer: { name: provider.name, email: provider.email },
    attendees: [
      { name: provider.name, email: provider.email, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.ACCEPTED },
      { name: recipient.name, email: recipient.email, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION, rsvp: true },
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
    attachment: { filename: 'invite.ics', content: Buffer.from(calendar.toString(), 'utf8'), contentType: 'text/calendar; charset=utf-8; method=REQUEST' },
  };
}
