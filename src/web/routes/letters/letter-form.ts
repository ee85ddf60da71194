// The editor's form: salutation, subject and body, checked with the same rules the server uses
// (the contract's schema, loaded when the letter is first saved or the form first focused).
import { useForm } from '../../components/use-form.ts';
import { deferredCheck } from '../../components/deferred-check.ts';

export type LetterFormValues = { salutation: string; subject: string; body: string };

/** Field → first problem ({} when the letter may be saved). */
export const letterCheck = deferredCheck<LetterFormValues>(() =>
  import('./letter-check.ts').then((module) => module.letterCheck),
);

export const useLetterForm = (initial: LetterFormValues) => useForm<LetterFormValues>({ initialValues: initial });
export type LetterForm = ReturnType<typeof useLetterForm>;
