// Add or edit a client: who they are and how to reach them, and private notes (encrypted at rest).
import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { FormAlert } from '../../components/FormAlert.tsx';
import { placeErrors } from '../../components/form-errors.ts';
import { focusFirstError } from '../profile/focus-first-error.ts';
import { today } from '../../components/dates.ts';
import { problemsIn, type ClientFormValues } from './client-form.ts';

type Props = {
  initial: ClientFormValues;
  submitLabel: string;
  saving: boolean;
  /** Throws the server's refusal, which lands next to its field. */
  onSave: (values: ClientFormValues) => Promise<unknown>;
  onCancel: () => void;
};

export function ClientForm({ initial, submitLabel, saving, onSave, onCancel }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<ClientFormValues>({ mode: 'controlled', initialValues: initial, validate: problemsIn });
  const onSubmit = form.onSubmit(
    (values) => {
      setProblem(null);
      onSave(values).catch((error: unknown) => {
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
        <TextInput label="Name" required data-autofocus autoComplete="off" {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Email" type="email" autoComplete="off" {...form.getInputProps('email')} />
          <TextInput label="Phone" type="tel" autoComplete="off" {...form.getInputProps('phone')} />
          <TextInput
            label="Date of birth"
            type="date"
            max={today()}
            description="Optional"
            {...form.getInputProps('dateOfBirth')}
          />
        </SimpleGrid>
        <Textarea
          label="Notes"
          description="Private to you, stored encrypted. Shared only when a consent allows it."
          autosize
          minRows={3}
          maxRows={10}
          {...form.getInputProps('notes')}
        />
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
