// Record a client's consent: what may be shared, with whom, how it was given (a witness for verbal
// consent), when, and until when.
import { Button, Checkbox, Group, Paper, Radio, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRecordConsent } from '../../api/clients.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { today } from '../../components/dates.ts';
import { useServerForm } from '../../components/use-server-form.ts';
import { consentCheck, emptyConsent, recipientProblems, toConsentInput } from './consent-form.ts';
import { methodLabels, scopeLabels } from './consent-words.ts';
import { RecipientFields } from './RecipientFields.tsx';

export function ConsentForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const record = useRecordConsent(clientId);
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: emptyConsent(),
    validate: recipientProblems,
    check: consentCheck,
    toBody: toConsentInput,
    mutation: record,
    byCode: { sharedWith: 'kind' },
    onSuccess: () => {
      notifications.show({ color: 'sage', message: 'Consent recorded.' });
      onDone();
    },
  });
  return (
    <Paper
      component="form"
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      withBorder
      radius="lg"
      p="md"
      aria-labelledby="consent-form-title"
    >
      <Stack gap="md">
        <Title order={3} size="h5" id="consent-form-title">
          Record consent
        </Title>
        <Checkbox.Group label="What may be shared" required {...form.getInputProps('scope')}>
          <Stack gap={6} mt={6}>
            {(Object.keys(scopeLabels) as (keyof typeof scopeLabels)[]).map((scope) => (
              <Checkbox key={scope} value={scope} label={scopeLabels[scope]} />
            ))}
          </Stack>
        </Checkbox.Group>
        <RecipientFields form={form} />
        <Radio.Group label="How it was given" required {...form.getInputProps('method')}>
          <Group gap="md" mt={6}>
            {(Object.keys(methodLabels) as (keyof typeof methodLabels)[]).map((method) => (
              <Radio key={method} value={method} label={methodLabels[method]} />
            ))}
          </Group>
        </Radio.Group>
        {form.values.method === 'verbal-witnessed' && (
          <TextInput label="Witness name" required {...form.getInputProps('witnessName')} />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label="Given on" max={today()} {...form.getInputProps('givenOn')} />
          <TextInput
            type="date"
            label="Expires after"
            description="Optional: the last day it holds"
            min={today()}
            {...form.getInputProps('expiresOn')}
          />
        </SimpleGrid>
        <Textarea label="Note" description="Optional" autosize minRows={1} {...form.getInputProps('note')} />
        <FormAlert message={problem} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Record consent
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
