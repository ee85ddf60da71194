// The chart's numbers as a table, for anyone who would rather read them (and for screen readers).
import { Table } from '@mantine/core';
import type { Reciprocity } from '../../api/network.ts';
import { monthName } from './months.ts';
import { WideTable } from '../../components/WideTable.tsx';

export function TrendTable({ months }: { months: Reciprocity['trend'] }) {
  return (
    <WideTable label="Referrals per month" minWidth={360}>
      <Table striped withTableBorder fz="sm" verticalSpacing={4} aria-label="Referrals per month">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Month</Table.Th>
            <Table.Th scope="col" ta="right">
              Sent
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Received
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Clients returned
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {months.map((month) => (
            <Table.Tr key={month.month}>
              <Table.Th scope="row" fw={400}>
                {monthName(month.month)}
              </Table.Th>
              <Table.Td ta="right">{month.sent}</Table.Td>
              <Table.Td ta="right">{month.received}</Table.Td>
              <Table.Td ta="right">{month.returned}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </WideTable>
  );
}
