// One side's session: when and where, who confirmed it, and what I can do next — schedule or move
// it, confirm it took place, or record that the other did not come.
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { Trade, TradeSession } from '../../api/trades.ts';
import { ScheduleForm } from './ScheduleForm.tsx';
import { sessionLabels, whenLabel } from './trade-labels.ts';
import { useTransition } from './use-transition.ts';

export function SessionCard({ trade, session }: { trade: Trade; session: TradeSession }) {
  const { run, pending } = useTransition(trade.id);
  const agreed = trade.status === 'accepted' || trade.status === 'scheduled';
  const open = agreed && (session.status === 'unscheduled' || session.status === 'scheduled');
  const untouched = !session.confirmedByMe && !session.confirmedByPartner;
  const title =
    session.side === 'mine'
      ? `The session I give: ${session.minutes} min ${session.service}`
      : `The session ${trade.partner.name} gives me: ${session.minutes} min ${session.service}`;
  const ref = session.side;

  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600}>{title}</Text>
          <Badge variant="light" color={session.status === 'completed' ? 'sage' : 'gray'}>
            {sessionLabels[session.status]}
          </Badge>
        </Group>
        {session.startsAt && (
          <Text size="sm">
            {whenLabel(session.startsAt)}
            {session.location ? ` · ${session.location}` : ''}
          </Text>
        )}
        {session.status === 'scheduled' && (
          <Text size="sm" c="dimmed">
            {session.confirmedByMe ? 'You confirmed it took place.' : 'You have not confirmed it yet.'}{' '}
            {session.confirmedByPartner
              ? `${trade.partner.name} confirmed it.`
              : `${trade.partner.name} has not confirmed yet.`}
          </Text>
        )}
        {session.noShow && (
          <Text size="sm">
            {session.noShow === 'me' ? 'Recorded as a no-show by you.' : `${trade.partner.name} did not come.`}
          </Text>
        )}
        {open && untouched && <ScheduleForm tradeId={trade.id} session={session} />}
        {open && session.status === 'scheduled' && !session.confirmedByMe && (
          <Group>
            <Button
              loading={pending}
              onClick={() => run({ to: 'completed', session: ref }, 'Thanks — your confirmation is recorded.')}
            >
              Confirm it took place
            </Button>
            <Button
              variant="subtle"
              color="orange"
              loading={pending}
              onClick={() => run({ to: 'no-show', session: ref }, 'No-show recorded.')}
            >
              {trade.partner.name} did not come
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
