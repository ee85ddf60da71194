// Importing a CSV or vCard file in two steps: upload → a preview (per-row problems, duplicates)
// kept under a token for an hour → confirm, which applies the member's choices in one transaction
// (all or nothing) and only once.
import type { ImportConfirm, ImportPreview, ImportResult, ImportRow } from '../../../contracts/contacts.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, invalid, notFound } from '../../http/errors.ts';
import { contactImportsRepository } from './contact-imports.repository.ts';
import { contactsRepository, type ContactWrite } from './contacts.repository.ts';
import { looksLikeContactsCsv, readCsv, UnreadableFile } from './formats/csv-read.ts';
import { toImportedContact, type RawContact } from './formats/imported-contact.ts';
import { decodeUpload } from './formats/text-decoding.ts';
import { looksLikeVcard, readVcards } from './formats/vcard-read.ts';
import { mergeChanges } from './import-merge.ts';
import { previewRows } from './import-rows.ts';

export const maxImportBytes = 5 * 1024 * 1024;
export const maxImportRows = 20_000;

function read(bytes: Buffer): { format: ImportPreview['format']; raws: RawContact[] } {
  if (bytes.length === 0) throw invalid('file', 'is empty');
  const text = decodeUpload(bytes);
  if (text === null) throw invalid('file', 'is not a text file; export your contacts as CSV or vCard (.vcf)');
  if (!text.trim()) throw invalid('file', 'is empty');
  try {
    // By content, not by name: phones name files "contacts (3).vcf.txt", and a .csv may be anything.
    if (looksLikeVcard(text)) return { format: 'vcard', raws: readVcards(text) };
    if (looksLikeContactsCsv(text)) return { format: 'csv', raws: readCsv(text) };
  } catch (error) {
    if (error instanceof UnreadableFile) throw invalid('file', error.message);
    throw error;
  }
  throw invalid(
    'file',
    'is neither a vCard (.vcf) file nor a CSV file with a header row we recognise (Name, First Name, Last Name or Company)',
  );
}

const toWrite = (row: ImportRow): ContactWrite => ({ ...row.contact, followUpOn: row.contact.followUpOn ?? null });

export function contactsImportService(context: Pick<AppContext, 'db'>) {
  const { db } = context;
  const imports = contactImportsRepository(db);
  const contacts = contactsRepository(db);

  return {
    async preview(actor: Pick<Actor, 'userId'>, file: { bytes: Buffer; fileName: string }): Promise<ImportPreview> {
      const { format, raws } = read(file.bytes);
      if (raws.length === 0) throw invalid('file', 'has no contacts in it');
      if (raws.length > maxImportRows)
        throw invalid(
          'file',
          `has ${raws.length} contacts; at most ${maxImportRows} can be imported at once, so split the file`,
        );
      const rows = previewRows(raws.map(toImportedContact), await contacts.findIdentities(actor.userId));
      // Only the name: some browsers send a path, and it is shown back to the member.
      const fileName = file.fileName
        .replace(/^.*[\\/]/, '')
        .replace(/[\r\n]/g, ' ')
        .slice(0, 200);
      const token = await imports.insert({ ownerUserId: actor.userId, format, fileName, rows });
      return { token, format, fileName, total: rows.length, rows };
    },

    async confirm(actor: Pick<Actor, 'userId'>, token: string, choice: ImportConfirm): Promise<ImportResult> {
      const state = await imports.findState(actor.userId, token);
      if (!state) throw notFound('No such import');
      if (state.confirmedAt) throw new AppError('conflict', 'This import has already been confirmed');
      if (!state.fresh) throw notFound('This import has expired; upload the file again');

      return contacts.inTransaction(async (tx) => {
        // Claimed inside the transaction: if anything below fails, the claim is undone with it
        // and the member can correct their choices and confirm again.
        const rows = await contactImportsRepository(tx).claim(actor.userId, token);
        if (!rows) throw new AppError('conflict', 'This import has already been confirmed');
        const txContacts = contactsRepository(tx);
        const byIndex = new Map(rows.map((row) => [row.index, row]));
        const toInsert: ContactWrite[] = [];
        const toMerge: { position: number; row: ImportRow; targetId: string }[] = [];
        const chosen = new Set<number>();
        choice.rows.forEach(({ index, action }, position) => {
          const field = `rows[${position}]`;
          const row = byIndex.get(index);
          if (!row) throw invalid(field, `there is no row ${index} in this import`);
          if (chosen.has(index)) throw invalid(field, `row ${index} is listed twice`);
          chosen.add(index);
          if (action === 'skip') return;
          if (row.problems.length > 0)
            throw invalid(
              field,
              `row ${index} (${row.contact.name || 'no name'}) cannot be imported: ${row.problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
            );
          if (action === 'import') toInsert.push(toWrite(row));
          else if (row.duplicateOf) toMerge.push({ position, row, targetId: row.duplicateOf.id });
          else throw invalid(field, `row ${index} has no existing contact to merge into`);
        });
        await txContacts.insertMany(actor.userId, toInsert);
        const targets = new Map(
          (await txContacts.findManyForUpdate(actor.userId, [...new Set(toMerge.map((m) => m.targetId))])).map(
            (row) => [row.id, row],
          ),
        );
        for (const { position, row, targetId } of toMerge) {
          const target = targets.get(targetId);
          if (!target)
            throw invalid(
              `rows[${position}]`,
              `the contact "${row.duplicateOf!.name}" that row ${row.index} would merge into no longer exists`,
            );
          const changes = mergeChanges(target, row.contact);
          if (Object.keys(changes).length > 0) await txContacts.update(actor.userId, targetId, changes);
          targets.set(targetId, { ...target, ...changes });
        }
        return {
          imported: toInsert.length,
          merged: toMerge.length,
          skipped: rows.length - toInsert.length - toMerge.length,
        };
      });
    },

    deleteExpired: () => imports.deleteExpired(),
  };
}
