// Voiding a certificate needs a reason (kept with it, shown to the issuer); it cannot be undone.
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import type { Certificate } from '../../../contracts/offers.ts';
import { useVoidCertificate } from '../../api/offers.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useServerForm } from '../../components/use-server-form.ts';

type Props = { certificate: Certificate | null; onClose: () => void };

export function VoidCertificateModal({ certificate, onClose }: Props) {
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: { reason: '' },
    validate: ({ reason }) => (reason.trim() ? null : { reason: 'Give the reason for voiding it' }),
    toBody: ({ reason }) => ({ code: certificate?.code ?? '', reason: reason.trim() }),
    mutation: useVoidCertificate(),
    onSuccess: () => close(),
  });
  const close = () => {
    form.reset();
    onClose();
  };
  return (
    <Modal opened={!!certificate} onClose={close} title="Void this certificate?" centered>
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {certificate?.recipientName}’s certificate <strong>{certificate?.displayCode}</strong> will show as void on
            its verification page and can no longer be redeemed. This cannot be undone.
          </Text>
          <TextInput
            label="Reason"
            placeholder="e.g. issued to the wrong person"
            required
            {...form.getInputProps('reason')}
            data-autofocus
          />
          <FormAlert message={problem} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Keep it
            </Button>
            <Button type="submit" color="red" loading={busy}>
              Void certificate
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
