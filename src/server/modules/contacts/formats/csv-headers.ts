// The columns we understand, by normalized header (lower-case letters and digits only): Outlook's
// export ("First Name", "Business Street", "E-mail Address", "Categories"), Google Contacts' older
// ("Given Name", "E-mail 1 - Value", "Group Membership") and newer ("Organization Name", "Labels")
// exports, and our own export ("Name", "Profession", "Stage", …), so a round trip is exact.
import { undefuse } from './csv-write.ts';
import type { RawContact } from './imported-contact.ts';

export const normalizeHeader = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

type TextField =
  | 'fullName'
  | 'prefix'
  | 'given'
  | 'middle'
  | 'family'
  | 'suffix'
  | 'organisation'
  | 'title'
  | 'notes'
  | 'profession'
  | 'stage'
  | 'howWeMet'
  | 'followUpOn'
  | 'followUpNote';
type AddressPart = 'street' | 'city' | 'region' | 'postalCode' | 'country';

export type Column =
  | { kind: 'text'; field: TextField }
  | { kind: 'email' | 'phone'; rank: number }
  | { kind: 'address'; group: number; part: AddressPart }
  | { kind: 'tags'; separator: RegExp };

const text = (field: TextField): Column => ({ kind: 'text', field });
const email = (rank: number): Column => ({ kind: 'email', rank });
const phone = (rank: number): Column => ({ kind: 'phone', rank });

// Address columns in groups: a contact's address is taken whole from its first non-empty group
// (work before home before other), never a street from one and a city from another. Outlook names
// its three groups' columns alike ("Business Street", "Home Street", "Other Street"), and Google
// its two ("Address 1 - Street", "Address 2 - Street").
const outlookAddress: Record<string, AddressPart> = {
  street: 'street',
  street2: 'street',
  street3: 'street',
  city: 'city',
  state: 'region',
  postalcode: 'postalCode',
  countryregion: 'country',
  country: 'country',
};
const googleAddress: Record<string, AddressPart> = {
  street: 'street',
  pobox: 'street',
  extendedaddress: 'street',
  city: 'city',
  region: 'region',
  postalcode: 'postalCode',
  country: 'country',
};
const addressGroups: [number, string, Record<string, AddressPart>][] = [
  [
    0,
    '',
    {
      street: 'street',
      city: 'city',
      region: 'region',
      state: 'region',
      province: 'region',
      postalcode: 'postalCode',
      zip: 'postalCode',
      zipcode: 'postalCode',
      country: 'country',
    },
  ],
  [1, 'business', outlookAddress],
  [1, 'address1', googleAddress],
  [2, 'home', outlookAddress],
  [2, 'address2', googleAddress],
  [3, 'other', outlookAddress],
];

export const columns = new Map<string, Column>([
  ...(['name', 'fullname', 'displayname'] as const).map((h) => [h, text('fullName')] as const),
  ...(['title', 'nameprefix', 'prefix'] as const).map((h) => [h, text('prefix')] as const),
  ...(['firstname', 'givenname'] as const).map((h) => [h, text('given')] as const),
  ...(['middlename', 'additionalname'] as const).map((h) => [h, text('middle')] as const),
  ...(['lastname', 'familyname', 'surname'] as const).map((h) => [h, text('family')] as const),
  ...(['suffix', 'namesuffix'] as const).map((h) => [h, text('suffix')] as const),
  ...(['company', 'organization1name', 'organizationname', 'organisation', 'organization'] as const).map(
    (h) => [h, text('organisation')] as const,
  ),
  ...(['jobtitle', 'organization1title', 'organizationtitle'] as const).map((h) => [h, text('title')] as const),
  ...(['notes', 'note'] as const).map((h) => [h, text('notes')] as const),
  ['profession', text('profession')],
  ['stage', text('stage')],
  ['howwemet', text('howWeMet')],
  ['followupon', text('followUpOn')],
  ['followupnote', text('followUpNote')],
  ['email', email(0)],
  ['emailaddress', email(0)],
  ['email1value', email(0)],
  ['email2address', email(1)],
  ['email2value', email(1)],
  ['email3address', email(2)],
  ['email3value', email(2)],
  ['phone', phone(0)],
  ['businessphone', phone(1)],
  ['primaryphone', phone(1)],
  ['phone1value', phone(1)],
  ['companymainphone', phone(2)],
  ['mobilephone', phone(3)],
  ['phone2value', phone(4)],
  ['phone3value', phone(5)],
  ['homephone', phone(6)],
  ['businessphone2', phone(7)],
  ['otherphone', phone(8)],
  ['homephone2', phone(9)],
  ['categories', { kind: 'tags', separator: /[;,]/ }],
  ['tags', { kind: 'tags', separator: /;/ }],
  // Google separates labels with " ::: " and marks its own groups with "* " ("* myContacts").
  ['groupmembership', { kind: 'tags', separator: / ::: / }],
  ['labels', { kind: 'tags', separator: / ::: / }],
  ...addressGroups.flatMap(([group, prefix, parts]) =>
    Object.entries(parts).map(([suffix, part]) => [`${prefix}${suffix}`, { kind: 'address', group, part }] as const),
  ),
]);

/** Headers that tell us who a row is; a CSV without any of them is not a contacts export. */
export const identifyingFields = new Set<TextField>(['fullName', 'given', 'family', 'organisation']);

/** Fills `raw` from one row, given each cell's column (undefined: a column we do not read). */
export function applyRow(raw: RawContact, cells: string[], layout: (Column | undefined)[]) {
  const emails: [number, string][] = [];
  const phones: [number, string][] = [];
  const addresses = new Map<number, Partial<Record<AddressPart, string[]>>>();
  layout.forEach((column, i) => {
    const value = undefuse((cells[i] ?? '').trim());
    if (!column || !value) return;
    switch (column.kind) {
      case 'text':
        // Two columns for one field (Name and Display Name): the first wins; notes add up.
        if (!raw[column.field]) raw[column.field] = value;
        else if (column.field === 'notes') raw.notes += `\n${value}`;
        break;
      case 'email':
        emails.push([column.rank, value]);
        break;
      case 'phone':
        // Google puts several numbers of one kind in one cell: "555-0100 ::: 555-0101".
        phones.push([column.rank, value.split(' ::: ')[0]!]);
        break;
      case 'address': {
        const group = addresses.get(column.group) ?? {};
        (group[column.part] ??= []).push(value);
        addresses.set(column.group, group);
        break;
      }
      case 'tags':
        raw.tags.push(
          ...value
            .split(column.separator)
            .map((tag) => tag.trim())
            .filter((tag) => tag && !tag.startsWith('* ')),
        );
        break;
    }
  });
  raw.emails = emails.sort((a, b) => a[0] - b[0]).flatMap(([, value]) => value.split(' ::: '));
  raw.phones = phones.sort((a, b) => a[0] - b[0]).map(([, value]) => value);
  const first = [...addresses.entries()].sort((a, b) => a[0] - b[0])[0]?.[1];
  if (first) {
    raw.street = (first.street ?? []).join('\n');
    raw.city = (first.city ?? []).join(' ');
    raw.region = (first.region ?? []).join(' ');
    raw.postalCode = (first.postalCode ?? []).join(' ');
    raw.country = (first.country ?? []).join(' ');
  }
}
