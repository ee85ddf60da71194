// The portal's emails. They carry a link and the therapist's name, never the client's name or
// anything from their record: an email can be read by whoever shares the inbox.
import type { OutgoingMail } from '../../lib/mail-transport.ts';
import { escapeHtml } from '../../lib/html.ts';

const wrap = (lines: string[], url: string, action: string) => ({
  text: `${lines.join('\n\n')}\n\n${url}\n\n— Kneadwork`,
  html: `${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}<p><a href="${escapeHtml(url)}">${escapeHtml(action)}</a></p><p>— Kneadwork</p>`,
});

export const invitationMail = (to: string, therapistName: string, url: string, validHours: number): OutgoingMail => ({
  to,
  subject: `${therapistName} invited you to your private client portal`,
  ...wrap(
    [
      'Hello,',
      `${therapistName} uses Kneadwork to keep your care private and made together with you. In your portal you can fill in your intake before your first visit, see and agree to your treatment plan, give feedback after a session, and see who has read your record.`,
      `The link below opens your portal once and is valid for ${validHours} hours. Afterwards, sign in with a new link sent to this address, or with a password you choose.`,
    ],
    url,
    'Open my portal',
  ),
});

export const signInLinkMail = (to: string, url: string, validMinutes: number): OutgoingMail => ({
  to,
  subject: 'Your sign-in link for your client portal',
  ...wrap(
    [
      'Hello,',
      `Here is the link you asked for. It signs you in to your client portal once and is valid for ${validMinutes} minutes. If you did not ask for it, ignore this message.`,
    ],
    url,
    'Sign in to my portal',
  ),
});
