// The editor's form: salutation, subject and body, checked with the same rules the server uses.
import { useForm } from '@mantine/form';
import { z } from 'zod';
import { letterBody, letterSalutation, letterSubject } from '../../../contracts/letters.ts';

export type LetterFormValues = { salutation: string; subject: string; body: string };

const letterFormSchema = z.object({ salutation: letterSalutation, subject: letterSubject, body: letterBody });

/** Field → first problem, or null when the letter may be saved. */
export function problemsIn(values: LetterFormValues): Record<string, string> | null {
  const parsed = letterFormSchema.safeParse(values);
  if (parsed.success) return null;
  const problems: Record<string, string> = {};
  for (const issue of parsed.error.issues) problems[String(issue.path[0] ?? 'body')] ??= issue.message;
  return problems;
}

export const useLetterForm = (initial: LetterFormValues) =>
  useForm<LetterFormValues>({ mode: 'controlled', initialValues: initial });
export type LetterForm = ReturnType<typeof useLetterForm>;
