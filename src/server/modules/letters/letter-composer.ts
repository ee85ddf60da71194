// Puts a letter together from the sender's profile, a template and a recipient: the salutation for
// their profession, the filled subject and body, and everything the printed page needs. The
// sender is loaded once per request and reused for every letter in it.
import type { Profile } from '../../../contracts/profile.ts';
import type { Profession } from '../../../contracts/taxonomy.ts';
import type { Actor } from '../../http/actor.ts';
import type { Letterhead } from '../../lib/pdf.ts';
import { isTimeZone } from '../../lib/time.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import type { LetterPrint } from './letter-pdf.ts';
import { salutationFor } from './salutation.ts';
import type { TemplateText } from './templates/default-templates.ts';
import { letterValues, type LetterCertificate } from './templates/letter-values.ts';
import { fillSubject, fillTemplate } from './templates/template-engine.ts';

export type Sender = { letterhead: Letterhead; profile: Profile };
export type RecipientDetails = {
  name: string;
  profession: Profession;
  organisation: string;
  certificate?: LetterCertificate | null;
};
export type AddressBlock = { organisation: string; street: string; city: string; region: string; postalCode: string };
export type ComposedLetter = { recipientName: string; salutation: string; subject: string; body: string };

export async function loadSender(
  profiles: ProfilesService,
  actor: Pick<Actor, 'userId' | 'name' | 'email'>,
): Promise<Sender> {
  const { letterhead, profile } = await profiles.letterhead(actor);
  return { letterhead, profile };
}

export function composeLetter(sender: Sender, template: TemplateText, recipient: RecipientDetails): ComposedLetter {
  const values = letterValues({ profile: sender.profile }, recipient, recipient.certificate ?? null);
  return {
    recipientName: recipient.name.trim(),
    salutation: salutationFor(recipient.profession, recipient.name),
    subject: fillSubject(template.subject, values).slice(0, 200),
    body: fillTemplate(template.body, values),
  };
}

// The date on the sender's own calendar (their profile's zone; UTC when they have none).
const longDate = (zone: string | null) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: zone && isTimeZone(zone) ? zone : 'UTC' });

export function addressLines(recipientName: string, address: AddressBlock | null) {
  if (!address) return [recipientName];
  const place = [address.city, [address.region, address.postalCode].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return [recipientName, address.organisation, address.street, place].filter(Boolean);
}

export function letterPrintOf(
  sender: Sender,
  letter: ComposedLetter & { address: AddressBlock | null; date: Date },
): LetterPrint {
  return {
    letterhead: sender.letterhead,
    date: longDate(sender.profile.timeZone).format(letter.date),
    recipientLines: addressLines(letter.recipientName, letter.address),
    subject: letter.subject,
    salutation: letter.salutation,
    body: letter.body,
    signature: {
      name: sender.profile.displayName,
      credentials: sender.profile.credentials,
      practiceName: sender.profile.practiceName,
    },
  };
}
