// The letter's salutation, subject and body checked with the contract's schema (as a PATCH would
// be). Loaded on first use (letter-form.ts), so zod is not part of the editor's first load.
import { checkWith, type LazyCheck } from '../../components/schema-problems.ts';
import type { LetterFormValues } from './letter-form.ts';

export const letterCheck: LazyCheck<LetterFormValues> = checkWith(
  () => import('../../../contracts/letters.ts').then((contract) => contract.letterUpdateSchema),
  (values: LetterFormValues) => values,
  'body',
);
