// /trades/:id: the terms, where the trade stands, and only the next steps it allows — answer,
// schedule and confirm each session, cancel — then notes after a session took place.
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useParams } from '../../app/routing.tsx';
import { useTrade, type Trade } from '../../api/trades.ts';
import { PageFrame } from '../../components/PageFrame.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { CancelTrade } from './CancelTrade.tsx';
import { SessionCard } from './SessionCard.tsx';
import { TradeNotes } from './TradeNotes.tsx';
import { statusColors, statusLabels, turnLine } from './trade-labels.ts';

// The answer panel (with the counter form and its zod checks) loads only when it is my turn.
const TradeAnswer = lazy(async () => ({ default: (await import('./TradeAnswer.tsx')).TradeAnswer }));

const cancellable = new Set<Trade['status']>(['proposed', 'countered', 'accepted', 'scheduled']);

function Terms({ trade }: { trade: Trade }) {
  const turn = turnLine(trade);
  return (
    <Paper withBorder p="md" component="section" aria-label="Terms">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>
            Terms{trade.counters > 0 ? ` (after ${trade.counters} counter${trade.counters > 1 ? 's' : ''})` : ''}
          </Text>
          <Badge color={statusColors[trade.status]} variant="light" size="lg">
            {statusLabels[trade.status]}
          </Badge>
        </Group>
        <Text>
          You give{' '}
          <strong>
            {trade.give.minutes} min {trade.give.service}
          </strong>
          ; {trade.partner.name} gives you{' '}
          <strong>
            {trade.receive.minutes} min {trade.receive.service}
          </strong>
          .
        </Text>
        {trade.note && <Text size="sm">“{trade.note}”</Text>}
        {turn && (
          <Text size="sm" c="dimmed">
            {turn}
          </Text>
        )}
        {trade.closedReason && (
          <Text size="sm">
            {trade.closedBy === 'me' ? 'You' : trade.partner.name} gave this reason: {trade.closedReason}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function TradeDetail({ trade: data }: { trade: Trade }) {
  const answering = data.awaiting === 'me' && (data.status === 'proposed' || data.status === 'countered');
  const tookPlace = data.sessions.some((session) => session.status === 'completed');
  return (
    <Stack gap="md">
      <Terms trade={data} />
      {answering && (
        <Suspense fallback={<PageLoader />}>
          <TradeAnswer trade={data} />
        </Suspense>
      )}
      {data.sessions.map((session) => (
        <SessionCard key={session.id} trade={data} session={session} />
      ))}
      {tookPlace && <TradeNotes key={data.id} trade={data} />}
      {cancellable.has(data.status) && <CancelTrade trade={data} />}
    </Stack>
  );
}

export function TradePage() {
  const { id = '' } = useParams();
  const trade = useTrade(id);
  const name = trade.data?.partner.name;
  return (
    <PageFrame
      title={name ? `Trade with ${name}` : 'Trade'}
      back={{ to: '/trades', label: 'Trades' }}
      intro="A treatment trade: the terms, each side's session, and your notes afterwards."
      size="md"
    >
      <QueryState query={trade}>{(data) => <TradeDetail trade={data} />}</QueryState>
    </PageFrame>
  );
}
