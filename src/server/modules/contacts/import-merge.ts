// Merging an imported row into the contact it duplicates: blanks are filled, tags are joined, notes
// are appended; nothing the member already wrote is overwritten.
import type { ImportedContact } from '../../../contracts/contacts.ts';
import type { ContactRow, ContactWrite } from './contacts.repository.ts';

const maxTags = 20;
const maxNotes = 4000;
const singleFields = ['organisation', 'phone', 'email', 'howWeMet', 'followUpNote'] as const;
const addressFields = ['street', 'city', 'region', 'postalCode', 'country'] as const;

/** The changes that merge `incoming` into `current` (already updated by earlier rows of the same import). */
export function mergeChanges(current: ContactRow, incoming: ImportedContact): Partial<ContactWrite> {
  const changes: Partial<ContactWrite> = {};
  for (const field of singleFields) if (!current[field] && incoming[field]) changes[field] = incoming[field];
  // An address is taken whole, never a street from one and a town from another.
  if (addressFields.every((field) => !current[field]) && addressFields.some((field) => incoming[field])) {
    for (const field of addressFields) changes[field] = incoming[field];
  }
  if (current.profession === 'other' && incoming.profession !== 'other') changes.profession = incoming.profession;
  if (!current.followUpOn && incoming.followUpOn) changes.followUpOn = incoming.followUpOn;
  const known = new Set(current.tags.map((tag) => tag.toLowerCase()));
  const added = incoming.tags.filter((tag) => !known.has(tag.toLowerCase()));
  if (added.length > 0) changes.tags = [...current.tags, ...added].slice(0, maxTags);
  const notes = incoming.notes.trim();
  if (notes && !current.notes.includes(notes))
    changes.notes = (current.notes ? `${current.notes}\n\n${notes}` : notes).slice(0, maxNotes);
  return changes;
}
