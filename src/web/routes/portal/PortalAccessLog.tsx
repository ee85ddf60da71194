// Who has read my record, in plain words, newest first; loaded when asked for.
import { Button, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { usePortalAccessLog } from '../../api/portal.ts';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function PortalAccessLog({ clientId }: { clientId: string }) {
  const [open, setOpen] = useState(false);
  const log = usePortalAccessLog(clientId, open);
  return (
    <Stack component="section" aria-labelledby="access-title" gap="xs">
      <Title order={2} size="h4" id="access-title">
        Who has read your record
      </Title>
      {!open ? (
        <Button variant="default" size="xs" w="fit-content" onClick={() => setOpen(true)}>
          Show who read it
        </Button>
      ) : !log.data ? (
        <Text size="sm" c="dimmed">
          Loading…
        </Text>
      ) : (
        <List spacing={4} size="sm" aria-label="Reads of your record">
          {log.data.map((entry, index) => (
            <List.Item key={`${entry.at}-${index}`}>
              <Text span size="sm" c="dimmed">
                {when(entry.at)}:
              </Text>{' '}
              {entry.who} {entry.what}.
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
