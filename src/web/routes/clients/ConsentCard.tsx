// One consent record: what it allows, with whom, how and when it was given, until when, and a way
// to withdraw it (which also hides the packet of referrals made under it).
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { Consent } from '../../api/clients.ts';
import { useLazyDialog } from '../../components/use-lazy-dialog.ts';
import { formatDay, formatMoment } from '../../components/dates.ts';
import { methodLabels, scopeLabels, sharedWithWords, statusLooks } from './consent-words.ts';

// The withdrawal dialog loads when first asked for.
const WithdrawDialog = lazy(async () => ({ default: (await import('./WithdrawDialog.tsx')).WithdrawDialog }));

function WithdrawButton({ consent }: { consent: Consent }) {
  const dialog = useLazyDialog();
  return (
    <>
      <Button size="compact-sm" variant="subtle" color="red" onClick={dialog.open}>
        Withdraw
      </Button>
      {dialog.loaded && (
        <Suspense fallback={null}>
          <WithdrawDialog consent={consent} opened={dialog.opened} onClose={dialog.close} onClosed={dialog.onClosed} />
        </Suspense>
      )}
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
