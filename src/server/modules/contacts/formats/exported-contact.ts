// The fields of a contact the export files write, CSV and vCard alike (the vCard adds its id and
// revision time).
import type { Contact } from '../../../../contracts/contacts.ts';

export type ExportedContact = Pick<
  Contact,
  | 'name'
  | 'profession'
  | 'organisation'
  | 'phone'
  | 'email'
  | 'street'
  | 'city'
  | 'region'
  | 'postalCode'
  | 'country'
  | 'howWeMet'
  | 'tags'
  | 'notes'
  | 'stage'
  | 'followUpOn'
  | 'followUpNote'
>;
