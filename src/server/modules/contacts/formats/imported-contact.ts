// What both readers (CSV and vCard) produce: the parts an address book holds, turned into one
// ImportedContact of our shape. Validation against the contact rules happens afterwards, per row.
import type { ImportedContact } from '../../../../contracts/contacts.ts';
import { stages } from '../../../../contracts/pipeline.ts';
import { guessProfession, professionNamed } from './profession-guess.ts';

export type RawContact = {
  fullName: string;
  prefix: string;
  given: string;
  middle: string;
  family: string;
  suffix: string;
  organisation: string;
  title: string;
  emails: string[];
  phones: string[];
  street: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  notes: string;
  tags: string[];
  /** Our own export's columns / X-KNEADWORK-* properties. */
  profession: string;
  stage: string;
  howWeMet: string;
  followUpOn: string;
  followUpNote: string;
};

export const emptyRaw = (): RawContact => ({
  fullName: '',
  prefix: '',
  given: '',
  middle: '',
  family: '',
  suffix: '',
  organisation: '',
  title: '',
  emails: [],
  phones: [],
  street: '',
  city: '',
  region: '',
  postalCode: '',
  country: '',
  notes: '',
  tags: [],
  profession: '',
  stage: '',
  howWeMet: '',
  followUpOn: '',
  followUpNote: '',
});

const usNames = new Set(['us', 'usa', 'u.s.', 'u.s.a.', 'united states', 'united states of america', 'america']);
const caNames = new Set(['ca', 'can', 'canada']);

/** US or CA from what people write; a blank country is read from the postal code's shape. Others: blank. */
export function countryCode(country: string, postalCode: string): '' | 'US' | 'CA' {
  const named = country.trim().toLowerCase();
  if (usNames.has(named)) return 'US';
  if (caNames.has(named)) return 'CA';
  if (named) return '';
  if (/^\d{5}(-\d{4})?$/.test(postalCode.trim())) return 'US';
  if (/^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$/.test(postalCode.trim())) return 'CA';
  return '';
}

const words = (...parts: string[]) =>
  parts
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
/** Address lines and other single-line fields: line breaks become ", ". */
const oneLine = (value: string) =>
  value
    .split(/\r\n|\r|\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');
const uniqueTags = (tags: string[]) => [
  ...new Map(
    tags
      .map((tag) => tag.trim())
      .filter(Boolean)
      .map((tag) => [tag.toLowerCase(), tag]),
  ).values(),
];

function stageOf(value: string) {
  const wanted = value.trim().toLowerCase();
  if (!wanted) return 'identified';
  const found = Object.entries(stages).find(([key, label]) => key === wanted || label.toLowerCase() === wanted);
  return found ? found[0] : value.trim();
}

export function toImportedContact(raw: RawContact): ImportedContact {
  const organisation = oneLine(raw.organisation);
  const name =
    oneLine(raw.fullName) || words(raw.prefix, raw.given, raw.middle, raw.family, raw.suffix) || organisation;
  const profession =
    professionNamed(raw.profession) ??
    guessProfession([raw.profession, raw.title, raw.suffix, organisation, raw.tags.join(', ')]);
  const postalCode = raw.postalCode.trim();
  return {
    name,
    profession,
    organisation,
    phone: raw.phones.map((phone) => phone.trim()).find(Boolean) ?? '',
    email: raw.emails.map((email) => email.trim()).find(Boolean) ?? '',
    street: oneLine(raw.street),
    city: oneLine(raw.city),
    region: oneLine(raw.region),
    postalCode,
    country: countryCode(raw.country, postalCode),
    howWeMet: oneLine(raw.howWeMet),
    tags: uniqueTags(raw.tags),
    notes: raw.notes.replace(/\r\n?/g, '\n').trim(),
    stage: stageOf(raw.stage),
    followUpOn: raw.followUpOn.trim() || null,
    followUpNote: oneLine(raw.followUpNote),
  };
}
