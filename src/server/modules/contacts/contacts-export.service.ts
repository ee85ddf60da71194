// Exporting all of a member's contacts as CSV (our headers, read back by the importer) or vCard 4.0.
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { calendarDay } from './contact-days.ts';
import { toContact } from './contacts.mapper.ts';
import { contactsRepository } from './contacts.repository.ts';
import { contactsToCsv } from './formats/csv-write.ts';
import { contactsToVcard } from './formats/vcard-write.ts';

export type ExportFile = { fileName: string; contentType: string; body: string };

export function contactsExportService(context: Pick<AppContext, 'db'>) {
  const repo = contactsRepository(context.db);
  return {
    async exportAll(actor: Pick<Actor, 'userId'>, format: 'csv' | 'vcf'): Promise<ExportFile> {
      const contacts = (await repo.findAll(actor.userId)).map((row) =>
        toContact({ ...row, lastInteractionAt: null }, null, null),
      );
      const fileName = `kneadwork-contacts-${calendarDay(null)}.${format}`;
      return format === 'csv'
        ? { fileName, contentType: 'text/csv; charset=utf-8', body: contactsToCsv(contacts) }
        : { fileName, contentType: 'text/vcard; charset=utf-8', body: contactsToVcard(contacts) };
    },
  };
}
