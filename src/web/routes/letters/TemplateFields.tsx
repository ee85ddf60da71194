// A template's subject and body, with the placeholder buttons inserting where the cursor was last.
import { Stack, Textarea, TextInput } from '@mantine/core';
import type { useForm } from '../../components/use-form.ts';
import { useRef } from 'react';
import type { LetterTemplateInput } from '../../../contracts/letters.ts';
import { insertAtCursor } from './insert-at-cursor.ts';
import { PlaceholderChips } from './PlaceholderChips.tsx';

type Field = 'subject' | 'body';
export type TemplateForm = ReturnType<typeof useForm<LetterTemplateInput>>;
type Props = { form: TemplateForm; placeholders: { key: string; description: string }[] };

export function TemplateFields({ form, placeholders }: Props) {
  const fields = { subject: useRef<HTMLInputElement>(null), body: useRef<HTMLTextAreaElement>(null) };
  const lastField = useRef<Field>('body');
  const text = `${form.values.subject} ${form.values.body}`;
  const used = placeholders.map((item) => item.key).filter((key) => text.includes(`{{${key}}}`));

  const insert = (token: string) => {
    const field = lastField.current;
    const element = fields[field].current;
    if (!element) return;
    const next = insertAtCursor(element, token);
    form.setFieldValue(field, next.value);
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(next.cursor, next.cursor);
    });
  };

  return (
    <Stack gap="md">
      <TextInput
        label="Subject"
        ref={fields.subject}
        onFocus={() => (lastField.current = 'subject')}
        {...form.getInputProps('subject')}
      />
      <Textarea
        label="Letter"
        ref={fields.body}
        onFocus={() => (lastField.current = 'body')}
        autosize
        minRows={14}
        maxRows={40}
        {...form.getInputProps('body')}
      />
      <PlaceholderChips placeholders={placeholders} used={used} onInsert={insert} />
    </Stack>
  );
}
