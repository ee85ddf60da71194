// Our CSV export: one header row the importer reads back exactly (see csv-headers.ts), UTF-8 with
// a BOM so Excel shows accents, and every cell quoted by csv-stringify whenever it holds a comma,
// a quote or any line break (a lone "\n" in a note included), so strict parsers and spreadsheets
// read one row per contact. Keys (`massage-therapist`, `identified`) sit next to their labels;
// the importer reads the keys and ignores the label columns.
import { stringify } from 'csv-stringify/sync';
import { defuse } from '../../../lib/spreadsheet-cells.ts';
import { stages } from '../../../../contracts/pipeline.ts';
import { professions } from '../../../../contracts/taxonomy.ts';
import type { ExportedContact } from './exported-contact.ts';

export const csvHeaders = [
  'Name',
  'Profession',
  'Profession Label',
  'Organisation',
  'Phone',
  'Email',
  'Street',
  'City',
  'Region',
  'Postal Code',
  'Country',
  'How We Met',
  'Tags',
  'Notes',
  'Stage',
  'Stage Label',
  'Follow-up On',
  'Follow-up Note',
];

// The formula-safe cells (defuse / undefuse) live in lib/spreadsheet-cells.ts, shared with the pools' order sheet.
export { defuse, undefuse } from '../../../lib/spreadsheet-cells.ts';

const labelOf = (table: Record<string, string>, key: string) => table[key] ?? key;

export function contactsToCsv(contacts: ExportedContact[]) {
  const rows = contacts.map((c) =>
    [
      c.name,
      c.profession,
      labelOf(professions, c.profession),
      c.organisation,
      c.phone,
      c.email,
      c.street,
      c.city,
      c.region,
      c.postalCode,
      c.country,
      c.howWeMet,
      c.tags.join('; '),
      c.notes,
      c.stage,
      labelOf(stages, c.stage),
      c.followUpOn ?? '',
      c.followUpNote,
    ].map(defuse),
  );
  // csv-stringify quotes a cell holding the record delimiter (CRLF) but not a lone CR or LF: ask for those too.
  return `\uFEFF${stringify([csvHeaders, ...rows], { record_delimiter: 'windows', quoted_match: /[\r\n]/ })}`;
}
