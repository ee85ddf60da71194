// Add or edit a client: who they are and how to reach them, and private notes (encrypted at rest).
import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useServerForm } from '../../components/use-server-form.ts';
import { today } from '../../components/dates.ts';
import type { Client } from '../../api/clients.ts';
import { clientCheck, type ClientFormValues } from './client-form.ts';

type Props<Body> = {
  initial: ClientFormValues;
  submitLabel: string;
  mutation: UseMutationResult<Client, Error, Body>;
  toBody: (values: ClientFormValues) => Body;
  /** The server's refusal lands next to its field; this runs once it is saved. */
  onSaved: (client: Client) => void;
  onCancel: () => void;
};

export function ClientForm<Body>({ initial, submitLabel, mutation, toBody, onSaved, onCancel }: Props<Body>) {
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: initial,
    check: clientCheck,
    toBody,
    mutation,
    onSuccess: onSaved,
  });
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
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
