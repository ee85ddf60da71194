// Who opened this client's record and when (every read in a referral is logged): shown on demand,
// since asking for it is itself not a read of the record.
import { Button, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useAccessLog } from '../../api/clients.ts';

// The table (Mantine's Table brings its scroll area) loads when the log is asked for.
const AccessLogTable = lazy(async () => ({ default: (await import('./AccessLogTable.tsx')).AccessLogTable }));

export function AccessLog({ clientId }: { clientId: string }) {
  const [open, setOpen] = useState(false);
  const log = useAccessLog(clientId, open);
  return (
    <Stack component="section" aria-labelledby="access-log-title" gap="xs">
      <Title order={2} size="h5" id="access-log-title">
        Access log
      </Title>
      {!open ? (
        <Button size="xs" variant="default" onClick={() => setOpen(true)} w="fit-content">
          Show who opened this record
        </Button>
      ) : log.isError ? (
        <Text size="sm" c="red">
          {log.error.message}
        </Text>
      ) : !log.data ? (
        <Text size="sm" c="dimmed">
          Loading…
        </Text>
      ) : log.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          No one has opened it yet.
        </Text>
      ) : (
        <Suspense fallback={null}>
          <AccessLogTable entries={log.data} />
        </Suspense>
      )}
    </Stack>
  );
}
