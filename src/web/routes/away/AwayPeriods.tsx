// My away periods: dates, state, who covers (and who has not answered yet), and End for one that
// has not ended.
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEndAway, type AwayPeriod } from '../../api/away.ts';
import { messageOf } from '../../api/http.ts';
import { coverColors, coverLabels, rangeLabel, reasonLabels, stateLabels } from './away-labels.ts';

export function AwayPeriods({ periods }: { periods: AwayPeriod[] }) {
  const end = useEndAway();
  if (periods.length === 0) return <Text c="dimmed">You have not declared an away period.</Text>;
  const onEnd = (period: AwayPeriod) =>
    end.mutate(period.id, {
      onSuccess: () =>
        notifications.show({
          color: 'sage',
          message:
            period.state === 'upcoming' ? 'Away period cancelled.' : 'Welcome back — your away period has ended.',
        }),
      onError: (error) => notifications.show({ color: 'red', title: 'Could not end it', message: messageOf(error) }),
    });

  return (
    <Stack component="ul" gap="xs" aria-label="My away periods" p={0} m={0} style={{ listStyle: 'none' }}>
      {periods.map((period) => (
        <Paper
          component="li"
          key={period.id}
          withBorder
          p="md"
          aria-label={`Away ${rangeLabel(period.startsOn, period.endsOn)}`}
        >
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={600}>
                {rangeLabel(period.startsOn, period.endsOn)} · {reasonLabels[period.reason]}
              </Text>
              <Badge variant="light" color={period.state === 'running' ? 'orange' : 'gray'}>
                {stateLabels[period.state]}
              </Badge>
            </Group>
            {period.message && <Text size="sm">“{period.message}”</Text>}
            <Group gap="xs">
              {period.covers.map((cover) => (
                <Badge key={cover.id} variant="light" color={coverColors[cover.status]} tt="none">
                  {cover.member.displayName}: {coverLabels[cover.status]}
                </Badge>
              ))}
            </Group>
            {period.state !== 'over' && (
              <Group>
                <Button
                  size="xs"
                  variant="light"
                  color="red"
                  loading={end.isPending && end.variables === period.id}
                  onClick={() => onEnd(period)}
                >
                  {period.state === 'upcoming' ? 'Cancel period' : 'End now'}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
