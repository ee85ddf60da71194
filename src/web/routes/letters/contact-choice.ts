// What the recipient field shows, shared by its stand-in (ContactPicker) and the real select.
import type { ReactNode } from 'react';
import type { Contact } from '../../../contracts/contacts.ts';
import { professions } from '../../../contracts/taxonomy.ts';

export type ContactPickerProps = {
  contacts: Contact[];
  value: string | null;
  onChange: (contactId: string | null) => void;
  loading?: boolean;
  error?: ReactNode;
  description?: string;
};

export const contactPickerDescription = 'One of your professionals; the letter is written for their profession.';

export const contactLabel = (contact: Contact) =>
  `${contact.name} — ${professions[contact.profession]}${contact.organisation ? `, ${contact.organisation}` : ''}`;
