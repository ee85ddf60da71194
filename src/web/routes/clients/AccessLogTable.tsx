// The access log's rows: when, who, and what they did (a referral's read links to the referral).
import { Table } from '@mantine/core';
import { Link } from '../../app/routing.tsx';
import type { AccessLogEntry } from '../../api/clients.ts';
import { formatMoment } from '../../components/dates.ts';

// Actions the server records as codes, in words; others arrive already worded.
const actionWords: Record<string, string> = { 'referral.packet.read': 'Read the referral packet' };
const wordsFor = (action: string) => actionWords[action] ?? action;

export function AccessLogTable({ entries }: { entries: AccessLogEntry[] }) {
  return (
    <Table fz="xs" withTableBorder aria-label="Access log">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">When</Table.Th>
          <Table.Th scope="col">Who</Table.Th>
          <Table.Th scope="col">What</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry, index) => (
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
  );
}
