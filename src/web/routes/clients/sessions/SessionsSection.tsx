// The "Sessions" section of a client's page: the intake's flags (always in view while logging), log a session, the notes (sign,
// amend, share), progress and the alliance trend. Loaded lazily from ClientPage.tsx.
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useSessions } from '../../../api/sessions.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { IntakeFlags } from '../IntakeFlags.tsx';
import { NoteCard } from './NoteCard.tsx';

const SessionForm = lazy(async () => ({ default: (await import('./SessionForm.tsx')).SessionForm }));
const SessionCharts = lazy(async () => ({ default: (await import('./SessionCharts.tsx')).SessionCharts }));

export function SessionsSection({ clientId }: { clientId: string }) {
  const sessions = useSessions(clientId);
  const [logging, setLogging] = useState(false);
  return (
    <Stack component="section" aria-labelledby="sessions-title" gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h4" id="sessions-title">
          Sessions
        </Title>
        {!logging && (
          <Button size="xs" variant="light" onClick={() => setLogging(true)}>
            Log a session
          </Button>
        )}
      </Group>
      <IntakeFlags clientId={clientId} />
      {logging && (
        <Suspense fallback={<PageLoader />}>
          <SessionForm clientId={clientId} onDone={() => setLogging(false)} />
        </Suspense>
      )}
      {sessions.isError && <LoadError error={sessions.error} retry={() => void sessions.refetch()} />}
      {sessions.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          No session logged yet.
        </Text>
      )}
      {sessions.data && sessions.data.length > 0 && (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {sessions.data.map((note) => (
            <NoteCard key={note.id} note={note} />
          ))}
        </Stack>
      )}
      <Suspense fallback={<PageLoader />}>
        <SessionCharts clientId={clientId} />
      </Suspense>
    </Stack>
  );
}
