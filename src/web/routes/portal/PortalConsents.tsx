// My consents with this therapist: what each lets them share, with whom, and "Withdraw" — at once.
import { Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { messageOf } from '../../api/http.ts';
import { usePortalConsents, useWithdrawMyConsent } from '../../api/portal.ts';
import type { Consent } from '../../../contracts/clients.ts';
import { formatDay } from '../../components/dates.ts';

const parts: Record<string, string> = {
  identity: 'your name, date of birth and contact details',
  reason: 'the reason for a referral',
  observations: 'what your therapist did and observed',
  history: 'your relevant history and notes',
};

function withWhom(consent: Consent) {
  switch (consent.sharedWith.kind) {
    case 'member':
    case 'contact':
      return consent.sharedWith.displayName || 'one named professional';
    case 'profession':
      return `any ${consent.sharedWith.profession.replace(/-/g, ' ')}`;
    case 'any-referral':
      return 'anyone your therapist refers you to';
  }
}

function ConsentRow({ clientId, consent }: { clientId: string; consent: Consent }) {
  const withdraw = useWithdrawMyConsent(clientId);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <Paper withBorder radius="md" p="sm">
      <Stack gap={6}>
        <Group gap="xs">
          <Badge color={consent.status === 'active' ? 'sage' : 'gray'} variant="light">
            {consent.status === 'active' ? 'In force' : consent.status === 'withdrawn' ? 'Withdrawn' : 'Expired'}
          </Badge>
          <Text size="sm">Given {formatDay(consent.givenAt.slice(0, 10))}</Text>
        </Group>
        <Text size="sm">
          Lets your therapist share {consent.scope.map((part) => parts[part] ?? part).join('; ')} with{' '}
          {withWhom(consent)}.
        </Text>
        {consent.status === 'active' &&
          (asking ? (
            <Stack gap="xs">
              <Textarea
                label="Why (optional)"
                value={reason}
                onChange={(event) => setReason(event.currentTarget.value)}
                maxLength={1000}
              />
              {withdraw.isError && (
                <Text size="sm" c="red">
                  {messageOf(withdraw.error)}
                </Text>
              )}
              <Group gap="xs">
                <Button
                  color="red"
                  size="xs"
                  loading={withdraw.isPending}
                  onClick={() => withdraw.mutate({ consentId: consent.id, reason })}
                >
                  Withdraw now
                </Button>
                <Button variant="default" size="xs" onClick={() => setAsking(false)}>
                  Keep it
                </Button>
              </Group>
            </Stack>
          ) : (
            <Button variant="default" size="xs" w="fit-content" onClick={() => setAsking(true)}>
              Withdraw…
            </Button>
          ))}
      </Stack>
    </Paper>
  );
}

export function PortalConsents({ clientId }: { clientId: string }) {
  const consents = usePortalConsents(clientId);
  return (
    <Stack component="section" aria-labelledby="consents-title" gap="xs">
      <Title order={2} size="h4" id="consents-title">
        Your consents
      </Title>
      <Text size="sm" c="dimmed">
        Nothing about you is shared without one. Withdrawing takes effect at once; what was already shared stays with
        whoever received it, but they can no longer open it.
      </Text>
      {consents.data?.length === 0 && <Text size="sm">You have not given any consent to share.</Text>}
      {consents.data?.map((consent) => (
        <ConsentRow key={consent.id} clientId={clientId} consent={consent} />
      ))}
    </Stack>
  );
}
