// What happens to each row of an import preview: rows with problems cannot be imported; a row that
// matches a contact already on the list is merged into it unless the member says otherwise; a row
// repeating an earlier row of the same file is skipped.
import type { ImportAction, ImportPreview, ImportRow } from '../../../api/contacts.ts';

export type Choices = Record<number, ImportAction>;

export const importable = (row: ImportRow) => row.problems.length === 0;

export function defaultAction(row: ImportRow): ImportAction {
  if (!importable(row) || row.duplicateInFile !== null) return 'skip';
  return row.duplicateOf ? 'merge' : 'import';
}

export const defaultChoices = (preview: ImportPreview): Choices =>
  Object.fromEntries(preview.rows.map((row) => [row.index, defaultAction(row)]));

/** The action a ticked checkbox means for this row. */
export const includedAction = (row: ImportRow): ImportAction => (row.duplicateOf ? 'merge' : 'import');

export function countChoices(preview: ImportPreview, choices: Choices) {
  const counts = { import: 0, merge: 0, skip: 0, problems: 0, duplicates: 0 };
  for (const row of preview.rows) {
    if (!importable(row)) counts.problems++;
    else counts[choices[row.index] ?? 'skip']++;
    if (row.duplicateOf || row.duplicateInFile !== null) counts.duplicates++;
  }
  return counts;
}

/** Every row, for the confirm request; rows with problems are always skipped. */
export const confirmRows = (preview: ImportPreview, choices: Choices) =>
  preview.rows.map((row) => ({
    index: row.index,
    action: importable(row) ? (choices[row.index] ?? 'skip') : ('skip' as const),
  }));

export const needsALook = (row: ImportRow) =>
  !importable(row) || row.duplicateOf !== null || row.duplicateInFile !== null;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
export const resultSentence = (result: { imported: number; merged: number; skipped: number }) =>
  [`${result.imported} imported`, `${result.merged} merged`, `${result.skipped} skipped`].join(', ');
export const rowsWord = (count: number) => plural(count, 'row', 'rows');
export const contactsWord = (count: number) => plural(count, 'contact', 'contacts');
