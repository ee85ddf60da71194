// What the printed letter holds, from my profile and the contact: the letterhead, the recipient's
// address block, the closing — the same parts, in the same words, as the server's PDF.
import type { Contact } from '../../../contracts/contacts.ts';
import type { Profile } from '../../../contracts/profile.ts';
import { contactLineOf, publicContactOf } from '../../../contracts/public-contact.ts';
import type { PageInput } from './letter-pages.ts';
import { dayOf, formatLongDay, today } from '../../components/dates.ts';

export type LetterheadView = {
  name: string;
  practiceName: string;
  street: string;
  contactLine: string;
  logoUrl: string | null;
};
export type Signature = { signedName: string; practiceName: string };

export type LetterParts = {
  letterhead: LetterheadView;
  date: string;
  recipientLines: string[];
  subject: string;
  salutation: string;
  body: string;
  signature: Signature;
};

export const closing = 'Warm regards,';

const joined = (parts: (string | null | undefined)[], separator: string) =>
  parts.filter((part) => part && part.trim()).join(separator);

/** The letterhead: only the contact details the member made public (as the server prints it). */
export function letterheadOf(profile: Profile): LetterheadView {
  const contact = publicContactOf(profile);
  return {
    name: profile.displayName,
    practiceName: profile.practiceName,
    street: contact.street,
    contactLine: contactLineOf(contact),
    logoUrl: profile.logoUrl,
  };
}

export function recipientLinesOf(recipientName: string, contact: Contact | undefined): string[] {
  if (!contact) return [recipientName];
  const town = joined([contact.city, joined([contact.region, contact.postalCode], ' ')], ', ');
  return [recipientName, contact.organisation, contact.street, town].filter((line) => line.trim() !== '');
}

export const signatureOf = (profile: Profile): Signature => ({
  signedName: joined([profile.displayName, ...profile.credentials], ', '),
  practiceName: profile.practiceName,
});

/** The page estimate's input for these parts. */
export function pageInputOf(parts: LetterParts): PageInput {
  const head = parts.letterhead;
  return {
    letterheadLines: [head.practiceName, head.street, head.contactLine].filter(Boolean).length,
    hasLogo: !!head.logoUrl,
    recipientLines: parts.recipientLines,
    subject: parts.subject,
    salutation: parts.salutation,
    body: parts.body,
    signedName: parts.signature.signedName,
    practiceName: parts.signature.practiceName,
  };
}

/** Dates on letters read like a letter: "March 4, 2026" (the day it was sent on the member's clock, else today). */
export const letterDate = (iso: string | null | undefined) => formatLongDay(iso ? dayOf(iso) : today());
