// Add or edit a professional: who they are, how to reach them, where they stand. Checked with the
// shared schema before sending; what the server still refuses lands next to its field.
import { Button, Group, NativeSelect, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '../../../components/use-form.ts';
import { useRef, useState } from 'react';
import { stages } from '../../../../contracts/pipeline.ts';
import { professions } from '../../../../contracts/taxonomy.ts';
import { FormAlert } from '../../../components/FormAlert.tsx';
import { placeErrors } from '../../../components/form-errors.ts';
import { focusFirstError } from '../../profile/focus-first-error.ts';
import { AddressFields } from './AddressFields.tsx';
import { problemsIn, type ContactField, type ContactFormValues } from './contact-form.ts';

const options = (table: Record<string, string>) => Object.entries(table).map(([value, label]) => ({ value, label }));

type Props = {
  initial: ContactFormValues;
  submitLabel: string;
  saving: boolean;
  /** Receives the values and the fields the person changed; throws the server's refusal. */
  onSave: (values: ContactFormValues, changed: ContactField[]) => Promise<unknown>;
  onCancel: () => void;
};

export function ContactForm({ initial, submitLabel, saving, onSave, onCancel }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<ContactFormValues>({ initialValues: initial, validate: problemsIn });

  const onSubmit = form.onSubmit(
    (values) => {
      setProblem(null);
      const changed = (Object.keys(values) as ContactField[]).filter((field) => form.isDirty(field));
      onSave(values, changed).catch((error: unknown) => {
        setProblem(placeErrors(form, error));
        focusFirstError(formRef.current);
      });
    },
    () => focusFirstError(formRef.current),
  );

  return (
    <form onSubmit={onSubmit} noValidate ref={formRef}>
      <Stack gap="md">
        <FormAlert message={problem} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Name" placeholder="Dr. Ana Ruiz" required data-autofocus {...form.getInputProps('name')} />
          <NativeSelect
            label="Profession"
            required
            data={[{ value: '', label: 'Choose…', disabled: true }, ...options(professions)]}
            {...form.getInputProps('profession')}
          />
          <TextInput label="Organisation or practice" {...form.getInputProps('organisation')} />
          <NativeSelect label="Stage" data={options(stages)} {...form.getInputProps('stage')} />
          <TextInput label="Email" type="email" autoComplete="off" {...form.getInputProps('email')} />
          <TextInput label="Phone" type="tel" autoComplete="off" {...form.getInputProps('phone')} />
        </SimpleGrid>
        <AddressFields form={form} />
        <TextInput
          label="How I know them"
          placeholder="Met at the chamber breakfast; treats two of my clients"
          {...form.getInputProps('howWeMet')}
        />
        <TagsInput
          label="Tags"
          description="Press Enter after each tag"
          placeholder="e.g. sports, downtown"
          maxTags={20}
          {...form.getInputProps('tags')}
        />
        <Textarea label="Notes" autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Follow up on" type="date" {...form.getInputProps('followUpOn')} />
          <TextInput
            label="Follow-up note"
            placeholder="Call after her holiday"
            {...form.getInputProps('followUpNote')}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
