// The email that carries a certificate PDF to its recipient.
import { nonTransferableNotice } from '../../../contracts/offers.ts';
import { escapeHtml } from '../../lib/html.ts';
import { longDate } from './offer-calendar.ts';

type MailFacts = {
  recipientName: string;
  title: string;
  terms: string;
  validFrom: string;
  validUntil: string;
  displayCode: string;
  issuerName: string;
  verifyUrl: string;
};

export function certificateMail(facts: MailFacts) {
  const lines = [
    `Dear ${facts.recipientName},`,
    '',
    `${facts.issuerName} has sent you a professional offer: ${facts.title}.`,
    `It is valid from ${longDate(facts.validFrom)} through ${longDate(facts.validUntil)}. The certificate is attached as a PDF.`,
    '',
    `Certificate code: ${facts.displayCode}`,
    `Check it at any time: ${facts.verifyUrl}`,
    ...(facts.terms ? ['', `Terms: ${facts.terms}`] : []),
    '',
    `${nonTransferableNotice}: it is for you alone, and ${facts.issuerName} will confirm your identity when you redeem it.`,
  ];
  const e = escapeHtml;
  const html = [
    `<p>Dear ${e(facts.recipientName)},</p>`,
    `<p>${e(facts.issuerName)} has sent you a professional offer: <strong>${e(facts.title)}</strong>.</p>`,
    `<p>It is valid from ${e(longDate(facts.validFrom))} through ${e(longDate(facts.validUntil))}. The certificate is attached as a PDF.</p>`,
    `<p>Certificate code: <strong style="font-family:monospace">${e(facts.displayCode)}</strong><br><a href="${e(facts.verifyUrl)}">Check the certificate</a></p>`,
    facts.terms ? `<p>Terms: ${e(facts.terms)}</p>` : '',
    `<p><strong>${e(nonTransferableNotice)}</strong>: it is for you alone, and ${e(facts.issuerName)} will confirm your identity when you redeem it.</p>`,
  ].join('\n');
  return { subject: `${facts.issuerName} sent you a professional offer: ${facts.title}`, text: lines.join('\n'), html };
}
