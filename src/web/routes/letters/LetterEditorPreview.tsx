// The letter editor's preview column: the letter as it will print, from the form's current text,
// and how many pages it takes. It loads after the form has drawn (LetterEditor.tsx), with the
// layout and page-count code only it needs.
import type { ReactNode } from 'react';
import type { Contact } from '../../../contracts/contacts.ts';
import type { Letter } from '../../../contracts/letters.ts';
import type { Profile } from '../../../contracts/profile.ts';
import type { LetterFormValues } from './letter-form.ts';
import {
  letterDate,
  letterheadOf,
  pageInputOf,
  recipientLinesOf,
  signatureOf,
  type LetterParts,
} from './letter-layout.ts';
import { estimatePages } from './letter-pages.ts';
import { LetterPreviewPane } from './LetterPreviewPane.tsx';

type Props = {
  profile: Profile;
  contact: Contact | undefined;
  recipientName: string;
  letter: Letter | null;
  values: LetterFormValues;
  /** The form's text differs from what was last saved. */
  dirty: boolean;
  actions: ReactNode;
};

export function LetterEditorPreview({ profile, contact, recipientName, letter, values, dirty, actions }: Props) {
  const parts: LetterParts = {
    letterhead: letterheadOf(profile),
    date: letterDate(letter?.sentAt ?? null),
    recipientLines: recipientLinesOf(recipientName, contact),
    subject: values.subject,
    salutation: values.salutation,
    body: values.body,
    signature: signatureOf(profile),
  };
  // The server counts the real PDF's pages; while the text differs from what it saw, estimate.
  const pages = letter && !dirty ? letter.pages : estimatePages(pageInputOf(parts));
  return <LetterPreviewPane parts={parts} pages={pages} actions={actions} />;
}
