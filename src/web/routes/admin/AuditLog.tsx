// The audit trail: every admin action, newest first — who, what, about whom, why and when.
import { Stack, Table, Text, Title } from '@mantine/core';
import { actionLabels, kindLabels } from '../../../contracts/moderation-words.ts';
import { useAuditLog } from '../../api/moderation.ts';
import { formatMoment } from '../../components/dates.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { WideTable } from '../../components/WideTable.tsx';

export function AuditLog() {
  const log = useAuditLog(true);
  return (
    <Stack gap="sm" component="section" aria-labelledby="audit-heading">
      <Title order={2} size="h3" id="audit-heading">
        Audit trail
      </Title>
      <QueryState query={log} isEmpty={(items) => items.length === 0} empty={<Text c="dimmed">No actions yet.</Text>}>
        {(items) => (
          <WideTable label="Audit trail" minWidth={640}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Admin</Table.Th>
                  <Table.Th>Action</Table.Th>
                  <Table.Th>About</Table.Th>
                  <Table.Th>Reason</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td>{formatMoment(row.createdAt)}</Table.Td>
                    <Table.Td>{row.admin?.displayName ?? '—'}</Table.Td>
                    <Table.Td>
                      {actionLabels[row.action]}
                      {row.kind ? ` (${kindLabels[row.kind].toLowerCase()})` : ''}
                      {row.until ? ` until ${formatMoment(row.until)}` : ''}
                    </Table.Td>
                    <Table.Td>{row.subject?.displayName ?? '—'}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{row.reason}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </WideTable>
        )}
      </QueryState>
    </Stack>
  );
}
