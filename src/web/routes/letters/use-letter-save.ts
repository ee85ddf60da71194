// The editor's one save path: check the fields as the server will, create the letter the first
// time (POST) or send what changed (PATCH), and put a refusal next to the field it names.
import { useState } from 'react';
import type { Letter } from '../../../contracts/letters.ts';
import { useCreateLetter, useUpdateLetter } from '../../api/letters.ts';
import { placeErrors } from '../../components/form-errors.ts';
import { focusFirstError } from '../profile/focus-first-error.ts';
import { letterCheck, type LetterForm } from './letter-form.ts';

export function useLetterSave(
  form: LetterForm,
  letter: Letter | null,
  contactId: string | null,
  formElement: () => HTMLElement | null,
) {
  const create = useCreateLetter();
  const update = useUpdateLetter();
  const [problem, setProblem] = useState<string | null>(null);

  /** The saved letter with the form's current text, or null when it could not be saved. */
  async function save(): Promise<Letter | null> {
    setProblem(null);
    form.clearErrors();
    const values = form.getValues();
    const problems = await letterCheck(values);
    if (Object.keys(problems).length > 0) {
      form.setErrors(problems);
      focusFirstError(formElement());
      return null;
    }
    try {
      if (!letter) {
        if (!contactId) {
          setProblem('Choose who the letter is for first.');
          return null;
        }
        return await create.mutateAsync({ contactId, ...values });
      }
      if (!form.isDirty() || letter.status !== 'draft') return letter;
      const saved = await update.mutateAsync({ id: letter.id, patch: values });
      form.resetDirty(values);
      return saved;
    } catch (error) {
      setProblem(placeErrors(form, error));
      focusFirstError(formElement());
      return null;
    }
  }

  return { save, saving: create.isPending || update.isPending, problem };
}
