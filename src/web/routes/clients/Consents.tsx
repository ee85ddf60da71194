// A client's consent records, newest first, and the form to record another.
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useConsents } from '../../api/clients.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { ConsentCard } from './ConsentCard.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';

// The form and its checks load when consent is recorded, not with the record.
const ConsentForm = lazy(async () => ({ default: (await import('./ConsentForm.tsx')).ConsentForm }));

export function Consents({ clientId, startOpen }: { clientId: string; startOpen: boolean }) {
  const consents = useConsents(clientId);
  const [recording, setRecording] = useState(startOpen);
  if (consents.isError) return <LoadError error={consents.error} retry={() => void consents.refetch()} />;
  if (!consents.data) return <PageLoader />;
  const items = consents.data;
  return (
    <Stack component="section" aria-labelledby="consents-title" gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h4" id="consents-title">
          Consent to share
        </Title>
        {!recording && (
          <Button size="xs" variant="light" onClick={() => setRecording(true)}>
            Record consent
          </Button>
        )}
      </Group>
      {recording && (
        <Suspense fallback={<PageLoader />}>
          <ConsentForm clientId={clientId} onDone={() => setRecording(false)} />
        </Suspense>
      )}
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No consent recorded. Nothing about this client can be shared in a referral until they consent.
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((consent) => (
            <ConsentCard key={consent.id} consent={consent} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
