// /alliance: the practice's alliance figures (forms answered, response rate, median per subscale,
// clients whose alliance dropped) and retention (visit cadence against the expected interval,
// overdue first) with "Send a re-booking reminder": an email the therapist reads and edits first.
import { Alert, Anchor, Button, Paper, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { Link } from '../../app/routing.tsx';
import { useAllianceSummary, useRetention } from '../../api/sessions.ts';
import { formatDay } from '../../components/dates.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';

// The email opens in a dialog loaded on first use.
const ReminderDialog = lazy(async () => ({ default: (await import('./ReminderDialog.tsx')).ReminderDialog }));

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {value}
      </Text>
    </Paper>
  );
}
const shown = (value: number | null) => (value === null ? '—' : String(value));

function Summary() {
  const summary = useAllianceSummary();
  if (summary.isError) return <LoadError error={summary.error} retry={() => void summary.refetch()} />;
  if (!summary.data) return <PageLoader />;
  const data = summary.data;
  return (
    <Stack gap="sm" component="section" aria-labelledby="summary-title">
      <Title order={2} size="h4" id="summary-title">
        Alliance
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        <Figure label="Answered" value={`${data.answered} of ${data.sent}`} />
        <Figure
          label="Response rate"
          value={data.responseRate === null ? '—' : `${Math.round(data.responseRate * 100)} %`}
        />
        <Figure label="Median goal" value={shown(data.median.goal)} />
        <Figure label="Median task" value={shown(data.median.task)} />
        <Figure label="Median bond" value={shown(data.median.bond)} />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        Medians of each client’s latest check-in (mean per item, 1–5).
      </Text>
      {data.clientsWithDrop.length > 0 && (
        <Alert color="orange" title="Clients whose alliance dropped">
          <Stack gap={2}>
            {data.clientsWithDrop.map((client) => (
              <Anchor key={client.clientId} component={Link} to={`/clients/${client.clientId}`} size="sm">
                {client.name} ({client.subscales.join(', ')})
              </Anchor>
            ))}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}

/** Where a client's expected interval comes from, in a word or two. */
const intervalSourceWords = { plan: 'from plan', client: 'set for client', practice: 'default' } as const;

function RetentionList() {
  const retention = useRetention();
  const [reminding, setReminding] = useState<string | null>(null);
  if (retention.isError) return <LoadError error={retention.error} retry={() => void retention.refetch()} />;
  if (!retention.data) return <PageLoader />;
  const items = retention.data.items.filter((item) => item.signedSessions > 0);
  return (
    <Stack gap="sm" component="section" aria-labelledby="retention-title">
      <Title order={2} size="h4" id="retention-title">
        Visits
      </Title>
      <Text size="xs" c="dimmed">
        Average / expected days between signed sessions. Expected: the client’s own interval if set, else their plan’s
        frequency, else every {retention.data.defaultIntervalDays} days.
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No signed session yet.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={340}>
          <Table striped withTableBorder fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Client</Table.Th>
                <Table.Th scope="col">Last visit</Table.Th>
                <Table.Th scope="col">Every</Table.Th>
                <Table.Th scope="col">Overdue</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Action</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.clientId}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={`/clients/${item.clientId}`} size="sm">
                      {item.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{item.lastVisit ? formatDay(item.lastVisit) : '—'}</Table.Td>
                  <Table.Td>
                    {item.averageIntervalDays ?? '—'} / {item.expectedIntervalDays} d
                    <Text component="span" display="block" size="xs" c="dimmed">
                      {intervalSourceWords[item.intervalSource]}
                    </Text>
                  </Table.Td>
                  <Table.Td>{item.overdueDays > 0 ? `${item.overdueDays} d` : 'No'}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={() => setReminding(item.clientId)}
                      aria-label={`Remind ${item.name} to book again`}
                    >
                      Remind
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {reminding && (
        <Suspense fallback={null}>
          <ReminderDialog clientId={reminding} onClose={() => setReminding(null)} />
        </Suspense>
      )}
    </Stack>
  );
}

export function AlliancePage() {
  return (
    <PageFrame
      title="Alliance"
      documentTitle="Alliance"
      back={{ to: '/clients', label: 'Clients' }}
      intro="How your clients feel the work is going, and who may be due a visit."
    >
      <Stack gap="xl">
        <Summary />
        <RetentionList />
      </Stack>
    </PageFrame>
  );
}
