import type { OutgoingMail } from '../../lib/mail-transport.ts';
import { escapeHtml } from '../../lib/html.ts';

type Who = { email: string; name: string };

const wrap = (lines: string[], url: string, action: string) => ({
  text: `${lines.join('\n\n')}\n\n${url}\n\n— Kneadwork`,
  html: `${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}<p><a href="${escapeHtml(url)}">${escapeHtml(action)}</a></p><p>— Kneadwork</p>`,
});

export const verificationMail = (who: Who, url: string): OutgoingMail => ({
  to: who.email,
  subject: 'Confirm your email address for Kneadwork',
  ...wrap(
    [
      `Hello ${who.name},`,
      'Please confirm this is your email address by opening the link below. It is valid for 24 hours.',
    ],
    url,
    'Confirm my email address',
  ),
});

export const passwordResetMail = (who: Who, url: string): OutgoingMail => ({
  to: who.email,
  subject: 'Reset your Kneadwork password',
  ...wrap(
    [
      `Hello ${who.name},`,
      'Someone (we hope you) asked to reset your Kneadwork password. The link below is valid for one hour. If it was not you, ignore this message: your password stays as it is.',
    ],
    url,
    'Choose a new password',
  ),
});

// Sign-up with an address that already has an account answers like a new sign-up (no enumeration);
// the owner hears of it here, with the ways back in.
export const existingAccountSignUpMail = (who: Who, resetUrl: string): OutgoingMail => ({
  to: who.email,
  subject: 'Someone tried to create a Kneadwork account with your address',
  ...wrap(
    [
      `Hello ${who.name},`,
      'Someone (we hope you) just tried to create a new Kneadwork account with this email address. You already have an account, so no new one was made and nothing about your account changed.',
      'If it was you, sign in as usual; if you have forgotten your password, choose a new one with the link below. If it was not you, you can ignore this message.',
    ],
    resetUrl,
    'Choose a new password',
  ),
});
