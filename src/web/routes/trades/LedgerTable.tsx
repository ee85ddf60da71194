// Minutes per partner from completed sessions: who owes whom, and how it adds up.
import { Paper, Table, Text } from '@mantine/core';
import type { Ledger } from '../../api/trades.ts';
import { balanceLine } from './trade-labels.ts';

type History = Ledger['partners'][number]['history'];
const total = (history: History, sign: 1 | -1) =>
  history.reduce((sum, entry) => (Math.sign(entry.minutes) === sign ? sum + Math.abs(entry.minutes) : sum), 0);

export function LedgerTable({ ledger }: { ledger: Ledger }) {
  if (ledger.partners.length === 0)
    return (
      <Text c="dimmed">Your ledger fills in once a traded session has taken place and both of you confirmed it.</Text>
    );
  return (
    <Paper withBorder p="xs">
      <Table aria-label="Ledger" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Partner</Table.Th>
            <Table.Th scope="col">I gave</Table.Th>
            <Table.Th scope="col">I received</Table.Th>
            <Table.Th scope="col">Balance</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ledger.partners.map((row) => (
            <Table.Tr key={row.partner.slug ?? row.partner.name}>
              <Table.Th scope="row" fw={500}>
                {row.partner.name}
              </Table.Th>
              <Table.Td>{total(row.history, 1)} min</Table.Td>
              <Table.Td>{total(row.history, -1)} min</Table.Td>
              <Table.Td fw={600}>{balanceLine(row.balance, row.partner.name)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
