// CSV contacts exports → RawContacts. csv-parse does the CSV (quotes, multi-line fields, BOM);
// the delimiter is read from the header line, because a European Excel writes ";" and a value
// like Outlook's "Business;Friends" must not split a comma-separated row.
import { CsvError, parse } from 'csv-parse/sync';
import { applyRow, columns, identifyingFields, normalizeHeader } from './csv-headers.ts';
import { emptyRaw, type RawContact } from './imported-contact.ts';

export class UnreadableFile extends Error {}

function delimiterOf(text: string): ',' | ';' | '\t' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  const counts = ([',', ';', '\t'] as const).map(
    (candidate) => [candidate, firstLine.split(candidate).length] as const,
  );
  return counts.sort((a, b) => b[1] - a[1])[0]![0];
}

/** Does this text look like a CSV with a header row we understand? */
export function looksLikeContactsCsv(text: string) {
  const delimiter = delimiterOf(text);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return firstLine.split(delimiter).some((header) => {
    const column = columns.get(normalizeHeader(header));
    return column?.kind === 'text' && identifyingFields.has(column.field);
  });
}

export function readCsv(text: string): RawContact[] {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    if (error instanceof CsvError) throw new UnreadableFile(`is not a well-formed CSV file (${error.message})`);
    throw error;
  }
  const [headers, ...rows] = records;
  if (!headers) return [];
  const layout = headers.map((header) => columns.get(normalizeHeader(header)));
  return rows
    .filter((cells) => cells.some((cell) => cell.trim() !== ''))
    .map((cells) => {
      const raw = emptyRaw();
      applyRow(raw, cells, layout);
      return raw;
    });
}
