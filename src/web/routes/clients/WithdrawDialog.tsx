// Withdrawing a consent: nothing more is shared under it, and referrals made under it stop showing
// the client's details. An optional reason is kept for the member's records.
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useWithdrawConsent, type Consent } from '../../api/clients.ts';
import { FormAlert } from '../../components/FormAlert.tsx';

type Props = { consent: Consent; opened: boolean; onClose: () => void; onClosed: () => void };

export function WithdrawDialog({ consent, opened, onClose, onClosed }: Props) {
  const [reason, setReason] = useState('');
  const withdraw = useWithdrawConsent(consent.clientId);
  const onConfirm = () =>
    withdraw.mutate(
      { consentId: consent.id, reason: reason.trim() },
      {
        onSuccess: () => {
          onClose();
          notifications.show({
            message: 'Consent withdrawn. Referrals made under it no longer show the client’s details.',
          });
        },
      },
    );
  return (
    <Modal opened={opened} onClose={onClose} onExitTransitionEnd={onClosed} title="Withdraw this consent?" radius="lg">
      <Stack gap="md">
        <Text size="sm">
          Nothing more is shared under it, and referrals already made under it stop showing the client’s details to the
          recipient.
        </Text>
        <Textarea
          label="Reason"
          description="Optional, for your records"
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <FormAlert message={withdraw.isError ? withdraw.error.message : null} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Keep
          </Button>
          <Button color="red" loading={withdraw.isPending} onClick={onConfirm}>
            Withdraw consent
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
