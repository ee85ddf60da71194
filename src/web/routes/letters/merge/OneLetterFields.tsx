// Step 2's "one letter for everyone": its subject and body with the placeholders, loaded when that
// choice is made (the form code is not needed to send each profession's own template). The merge
// page keeps the text and its problems, so they survive switching back and forth.
import { useForm } from '../../../components/use-form.ts';
import { useEffect } from 'react';
import type { LetterTemplateInput } from '../../../../contracts/letters.ts';
import { TemplateFields } from '../TemplateFields.tsx';

type Props = {
  letter: LetterTemplateInput;
  problems: Record<string, string>;
  onChange: (letter: LetterTemplateInput) => void;
  placeholders: { key: string; description: string }[];
};

export function OneLetterFields({ letter, problems, onChange, placeholders }: Props) {
  const form = useForm<LetterTemplateInput>({ initialValues: letter, onValuesChange: onChange });
  const { setErrors } = form;
  useEffect(() => setErrors(problems), [problems, setErrors]);
  return <TemplateFields form={form} placeholders={placeholders} />;
}
