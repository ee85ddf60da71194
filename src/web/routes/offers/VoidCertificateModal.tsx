// Voiding a certificate needs a reason (kept with it, shown to the issuer); it cannot be undone.
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Certificate } from '../../../contracts/offers.ts';
import { ApiError, messageOf } from '../../api/http.ts';
import { useVoidCertificate } from '../../api/offers.ts';

type Props = { certificate: Certificate | null; onClose: () => void };

export function VoidCertificateModal({ certificate, onClose }: Props) {
  const voiding = useVoidCertificate();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!certificate) return;
    if (!reason.trim()) return setError('is required');
    voiding.mutate(
      { code: certificate.code, reason: reason.trim() },
      {
        onSuccess: close,
        onError: (problem) =>
          setError(problem instanceof ApiError && problem.fields[0] ? problem.fields[0].message : messageOf(problem)),
      },
    );
  };
  return (
    <Modal opened={!!certificate} onClose={close} title="Void this certificate?" centered>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {certificate?.recipientName}’s certificate <strong>{certificate?.displayCode}</strong> will show as void on
            its verification page and can no longer be redeemed. This cannot be undone.
          </Text>
          <TextInput
            label="Reason"
            placeholder="e.g. issued to the wrong person"
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={error}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Keep it
            </Button>
            <Button type="submit" color="red" loading={voiding.isPending}>
              Void certificate
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
