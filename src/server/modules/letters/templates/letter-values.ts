// What each placeholder means for one sender and one recipient: taxonomy keys become the words a
// person would write mid-sentence, lists read as English, free text ends like a sentence.
import type { Profile } from '../../../../contracts/profile.ts';
import { publicContactOf } from '../../../../contracts/public-contact.ts';
import { associations, modalities, specialties } from '../../../../contracts/taxonomy.ts';
import { nameParts } from '../../../lib/person-name.ts';
import type { LetterValues } from './template-engine.ts';

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
// "prenatal and postpartum and sports injury" trips the reader; "… as well as …" does not.
const joined = (items: string[]) => {
  const present = items.map((item) => item.trim()).filter(Boolean);
  if (present.length === 2 && present.some((item) => item.includes(' and '))) return present.join(' as well as ');
  return list.format(present);
};

// "Sports injury" reads "sports injury" mid-sentence; "TMJ dysfunction", "Swedish" and "Thai" keep their capitals.
const properWords = new Set(['Swedish', 'Thai']);
const midSentence = (label: string) =>
  properWords.has(label.split(' ')[0]!) || /^.[A-Z]/.test(label)
    ? label
    : label.charAt(0).toLowerCase() + label.slice(1);

// "AMTA — American Massage Therapy Association" reads "the American Massage Therapy Association (AMTA)".
function associationPhrase(key: string) {
  if (key === 'local-chamber') return 'my local chamber of commerce';
  const label = associations[key as keyof typeof associations] ?? key;
  const [short, long] = label.split(' — ');
  return long ? `the ${long} (${short})` : label;
}

/** Free text used as a sentence: a capital first letter and a full stop at the end. */
const asSentence = (value: string) => {
  const text = value.trim();
  if (!text) return '';
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?…)"'”’]$/.test(capital) ? capital : `${capital}.`;
};

export type Sender = { profile: Profile };
export type Recipient = { name: string; organisation: string };
/** What the certificate that goes with the letter gives, as its offer says. */
export type LetterCertificate = {
  title: string;
  kind: 'free-session' | 'percent-off' | 'free-gift';
  minutes: number | null;
  percent: number | null;
  description: string | null;
};

/** "a free 30-minute session (“Get to know my work”)" — what it gives, then the offer's name. */
export function certificatePhrase(certificate: LetterCertificate) {
  const gives =
    certificate.kind === 'free-session'
      ? `a free ${certificate.minutes ?? 30}-minute session`
      : certificate.kind === 'percent-off'
        ? `${certificate.percent ?? 0}% off a session`
        : midSentence(certificate.description ?? '');
  const title = certificate.title.trim();
  if (!gives.trim()) return title ? `“${title}”` : 'a certificate';
  return title ? `${gives.trim()} (“${title}”)` : gives.trim();
}

export function letterValues(
  { profile }: Sender,
  recipient: Recipient,
  certificate: LetterCertificate | null = null,
): LetterValues {
  const them = nameParts(recipient.name);
  const contact = publicContactOf(profile);
  // No-break spaces: a phone number never wraps across lines.
  const phone = contact.phone.replace(/ /g, '\u00a0');
  const years = profile.yearsInPractice;
  return {
    recipientName: them.full,
    recipientFirstName: them.first,
    recipientLastName: them.last,
    organisation: recipient.organisation.trim(),
    myName: profile.displayName,
    myFirstName: nameParts(profile.displayName).first,
    credentials: profile.credentials.join(', '),
    school: profile.school,
    graduationYear: profile.graduationYear === null ? '' : String(profile.graduationYear),
    associations: joined([...profile.associations.map(associationPhrase), profile.associationsOther]),
    specialties: joined([
      ...profile.specialties.map((key) => midSentence(specialties[key])),
      ...profile.specialtiesOther,
    ]),
    modalities: joined([...profile.modalities.map((key) => midSentence(modalities[key])), ...profile.modalitiesOther]),
    treatmentGoals: asSentence(profile.treatmentGoals),
    howMyWorkHelps: asSentence(profile.howMyWorkHelps),
    history: asSentence(profile.history),
    hobbies: asSentence(profile.hobbies),
    // A first-year therapist says nothing rather than "0 years".
    yearsInPractice: years === null || years < 1 ? '' : `${years} ${years === 1 ? 'year' : 'years'}`,
    practiceName: profile.practiceName,
    city: profile.city,
    phone,
    // Only the public email: a member who gave none is reached by phone, or not named at all.
    email: contact.email,
    contactDetails: [contact.email, phone].filter(Boolean).join(' or '),
    website: contact.website,
    certificate: certificate ? certificatePhrase(certificate) : '',
  };
}
