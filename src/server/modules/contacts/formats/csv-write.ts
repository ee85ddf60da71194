// Our CSV export: one header row the importer reads back exactly (see csv-headers.ts), UTF-8 with
// a BOM so Excel shows accents. A cell that a spreadsheet would run as a formula (= + - @) gets a
// leading apostrophe (OWASP's CSV-injection advice); the importer takes it off again.
import { stringify } from 'csv-stringify/sync';
import type { Contact } from '../../../../contracts/contacts.ts';

export const csvHeaders = ['Name', 'Profession', 'Organisation', 'Phone', 'Email', 'Street', 'City', 'Region', 'Postal Code', 'Country', 'How We Met', 'Tags', 'Notes', 'Stage', 'Follow-up On', 'Follow-up Note'];

type Exported = Pick<Contact, 'name' | 'profession' | 'organisation' | 'phone' | 'email' | 'street' | 'city' | 'region' | 'postalCode' | 'country' | 'howWeMet' | 'tags' | 'notes' | 'stage' | 'followUpOn' | 'followUpNote'>;

const formulaStart = /^[=+\-@\t\r]/;
export const defuse = (value: string) => (formulaStart.test(value) ? `'${value}` : value);
/** The importer's inverse of defuse. */
export const undefuse = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

export function contactsToCsv(contacts: Exported[]) {
  const rows = contacts.map((c) =>
    [c.name, c.profession, c.organisation, c.phone, c.email, c.street, c.city, c.region, c.postalCode, c.country, c.howWeMet, c.tags.join('; '), c.notes, c.stage, c.followUpOn ?? '', c.followUpNote].map(defuse),
  );
  return `\uFEFF${stringify([csvHeaders, ...rows], { record_delimiter: 'windows' })}`;
}
