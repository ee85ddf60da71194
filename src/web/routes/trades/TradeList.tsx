// My trades, most recently changed first: partner, terms, status, and whose turn it is.
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from '../../app/routing.tsx';
import type { Trade } from '../../api/trades.ts';
import { statusColors, statusLabels, termsLine, turnLine } from './trade-labels.ts';

export function TradeList({ trades }: { trades: Trade[] }) {
  if (trades.length === 0)
    return <Text c="dimmed">No trades yet. Propose one above to get to know a colleague's work first-hand.</Text>;
  return (
    <Stack component="ul" gap="xs" aria-label="My trades" p={0} m={0} style={{ listStyle: 'none' }}>
      {trades.map((trade) => {
        const turn = turnLine(trade);
        return (
          <Paper component="li" key={trade.id} withBorder p="md">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2} miw={0}>
                <Anchor component={Link} to={`/trades/${trade.id}`} fw={600}>
                  Trade with {trade.partner.name}
                </Anchor>
                <Text size="sm">{termsLine(trade)}</Text>
                {turn && (
                  <Text
                    size="sm"
                    c={trade.awaiting === 'me' ? 'sage.8' : 'dimmed'}
                    fw={trade.awaiting === 'me' ? 600 : 400}
                  >
                    {turn}
                  </Text>
                )}
              </Stack>
              <Badge color={statusColors[trade.status]} variant="light">
                {statusLabels[trade.status]}
              </Badge>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
