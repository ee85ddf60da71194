// One consent record: what it allows, with whom, how and when it was given, until when, and a way
// to withdraw it (which also hides the packet of referrals made under it).
import { Badge, Button, Group, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useWithdrawConsent, type Consent } from '../../api/clients.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { formatDay, formatMoment } from '../../components/dates.ts';
import { methodLabels, scopeLabels, sharedWithWords, statusLooks } from './consent-words.ts';

function WithdrawButton({ consent }: { consent: Consent }) {
  const [opened, dialog] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const withdraw = useWithdrawConsent(consent.clientId);
  const onConfirm = () =>
    withdraw.mutate(
      { consentId: consent.id, reason: reason.trim() },
      {
        onSuccess: () => {
          dialog.close();
          notifications.show({
            message: 'Consent withdrawn. Referrals made under it no longer show the client’s details.',
          });
        },
      },
    );
  return (
    <>
      <Button size="compact-sm" variant="subtle" color="red" onClick={dialog.open}>
        Withdraw
      </Button>
      <Modal opened={opened} onClose={dialog.close} title="Withdraw this consent?" radius="lg">
        <Stack gap="md">
          <Text size="sm">
            Nothing more is shared under it, and referrals already made under it stop showing the client’s details to
            the recipient.
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
            <Button variant="default" onClick={dialog.close}>
              Keep
            </Button>
            <Button color="red" loading={withdraw.isPending} onClick={onConfirm}>
              Withdraw consent
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

export function ConsentCard({ consent }: { consent: Consent }) {
  const looks = statusLooks[consent.status];
  const how =
    consent.method === 'verbal-witnessed'
      ? `${methodLabels[consent.method]} (${consent.witnessName})`
      : methodLabels[consent.method];
  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="sm"
      aria-label={`Consent to share with ${sharedWithWords(consent.sharedWith)}`}
      opacity={consent.status === 'active' ? 1 : 0.75}
    >
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Text fw={600} size="sm">
              Share with {sharedWithWords(consent.sharedWith)}
            </Text>
            <Badge color={looks.color} variant="light" tt="none">
              {looks.label}
            </Badge>
          </Group>
          {consent.status === 'active' && <WithdrawButton consent={consent} />}
        </Group>
        <Text size="sm">{consent.scope.map((scope) => scopeLabels[scope]).join(' · ')}</Text>
        <Text size="xs" c="dimmed">
          {how}, {formatMoment(consent.givenAt)}
          {consent.expiresOn ? ` · until ${formatDay(consent.expiresOn)}` : ' · no end date'}
          {consent.withdrawnAt
            ? ` · withdrawn ${formatMoment(consent.withdrawnAt)}${consent.withdrawalReason ? `: ${consent.withdrawalReason}` : ''}`
            : ''}
        </Text>
        {consent.note && (
          <Text size="xs" c="dimmed" className="pre-line">
            {consent.note}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
