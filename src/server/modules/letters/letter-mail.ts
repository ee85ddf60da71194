// The email that carries a letter of introduction: a short note, the letter as a PDF, and, when
// one rides along, the certificate with its code and where to check it.
import { escapeHtml } from '../../lib/html.ts';
import type { Sender } from './letter-composer.ts';

export type RidingCertificate = { title: string; displayCode: string; verifyUrl: string };

export function letterMail(
  letter: { subject: string; salutation: string },
  sender: Sender,
  certificate: RidingCertificate | null,
) {
  const signed = [sender.profile.displayName, ...sender.profile.credentials].join(', ');
  const footer = [signed, sender.profile.practiceName, sender.letterhead.contactLine].filter(Boolean);
  const attached = certificate
    ? `Please find attached my letter of introduction, together with a certificate for you: ${certificate.title}.`
    : 'Please find attached my letter of introduction.';
  const text = [
    letter.salutation,
    '',
    attached,
    ...(certificate
      ? ['', `Certificate code: ${certificate.displayCode}`, `Check it at any time: ${certificate.verifyUrl}`]
      : []),
    '',
    'I would be glad to hear from you.',
    '',
    'Warm regards,',
    ...footer,
  ].join('\n');
  const e = escapeHtml;
  const html = [
    `<p>${e(letter.salutation)}</p>`,
    `<p>${e(attached)}</p>`,
    certificate
      ? `<p>Certificate code: <strong style="font-family:monospace">${e(certificate.displayCode)}</strong><br><a href="${e(certificate.verifyUrl)}">Check the certificate</a></p>`
      : '',
    '<p>I would be glad to hear from you.</p>',
    `<p>Warm regards,<br>${footer.map(e).join('<br>')}</p>`,
  ].join('\n');
  return { subject: letter.subject, text, html };
}
