// The email that invites a guest to one occurrence, and the page its link opens. No free text of
// the organizer's beyond the meeting's title: the date on the meeting's own clock, the circle's
// name unless the circle is secret, who invites (to reply to), and the link.
import type { OutgoingMail } from '../../../lib/mail-transport.ts';

/** The no-JavaScript page an emailed guest link opens (meeting-guests.routes.ts). */
export const guestInvitationPath = (token: string) => `/circles/guest/${token}`;

/** "Tuesday, March 9, 2027 at 12:00 PM (America/Boise)": the occurrence on the meeting's clock. */
export const occurrenceWhen = (start: string, timeZone: string) =>
  `${new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeStyle: 'short', timeZone }).format(new Date(start))} (${timeZone})`;

export type GuestMail = {
  to: string;
  inviter: { name: string; email: string };
  meetingTitle: string;
  when: string;
  /** null for a secret circle: the mail says "a circle". */
  circleName: string | null;
  url: string;
};

export const guestInvitationMail = (mail: GuestMail): OutgoingMail => ({
  to: mail.to,
  replyTo: mail.inviter.email,
  subject: `${mail.inviter.name} invited you to a meeting on Kneadwork`,
  text: [
    `${mail.inviter.name} invited you as a guest to "${mail.meetingTitle}", a meeting of ${mail.circleName ?? 'a circle'} on Kneadwork, on ${mail.when}.`,
    '',
    'Open this link to accept (you can create your account there if you have none):',
    '',
    mail.url,
    '',
    'From 10 minutes before the start you can knock at the meeting’s video room; a host lets you in.',
    `The link is for you: one person may accept it, and it works until the meeting ends. Questions? Reply to this email to reach ${mail.inviter.name}.`,
  ].join('\n'),
});
