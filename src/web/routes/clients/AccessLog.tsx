// Who opened this client's record and when (every read in a referral is logged): shown on demand,
// since asking for it is itself not a read of the record.
import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from '../../app/routing.tsx';
import { useAccessLog } from '../../api/clients.ts';
import { formatMoment } from '../../components/dates.ts';

// Actions the server records as codes, in words; others arrive already worded.
const actionWords: Record<string, string> = { 'referral.packet.read': 'Read the referral packet' };
const wordsFor = (action: string) => actionWords[action] ?? action;

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
        <Table fz="xs" withTableBorder aria-label="Access log">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">When</Table.Th>
              <Table.Th scope="col">Who</Table.Th>
              <Table.Th scope="col">What</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {log.data.map((entry, index) => (
              <Table.Tr key={`${entry.at}-${index}`}>
                <Table.Td>{formatMoment(entry.at)}</Table.Td>
                <Table.Td>{entry.actorLabel}</Table.Td>
                <Table.Td>
                  {entry.referralId ? (
                    <Link to={`/referrals/${entry.referralId}`}>{wordsFor(entry.action)}</Link>
                  ) : (
                    wordsFor(entry.action)
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
