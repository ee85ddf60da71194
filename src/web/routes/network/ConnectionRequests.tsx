// Connection requests: the ones waiting for my answer (accept or decline), and mine still waiting
// for theirs (withdraw).
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from '../../app/routing.tsx';
import { useAcceptConnection, useRemoveConnection, type Connection } from '../../api/network.ts';
import { messageOf } from '../../api/http.ts';
import { memberPath, professionLabel } from './member-label.ts';

function RequestRow({ connection }: { connection: Connection }) {
  const accept = useAcceptConnection();
  const remove = useRemoveConnection();
  const { member } = connection;
  const incoming = connection.direction === 'incoming';
  const onError = (error: unknown) =>
    notifications.show({ color: 'red', title: 'The request was not changed', message: messageOf(error) });
  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="sm"
      aria-label={`Request ${incoming ? 'from' : 'to'} ${member.displayName}`}
    >
      <Group justify="space-between" gap="sm">
        <Stack gap={0}>
          <Anchor component={Link} to={memberPath(member.slug)} fw={600}>
            {member.displayName}
          </Anchor>
          <Text size="xs" c="dimmed">
            {professionLabel(member.profession)} · {incoming ? 'asks to connect with you' : 'has not answered yet'}
          </Text>
        </Stack>
        <Group gap={6}>
          {incoming && (
            <Button
              size="compact-sm"
              loading={accept.isPending}
              onClick={() => accept.mutate(connection.id, { onError })}
            >
              Accept
            </Button>
          )}
          <Button
            size="compact-sm"
            variant="subtle"
            color="gray"
            loading={remove.isPending}
            onClick={() => remove.mutate(connection.id, { onError })}
          >
            {incoming ? 'Decline' : 'Withdraw'}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

export function ConnectionRequests({ items }: { items: Connection[] }) {
  if (items.length === 0) return null;
  const incoming = items.filter((item) => item.direction === 'incoming');
  return (
    <Stack component="section" aria-labelledby="requests-title" gap="xs">
      <Title order={2} size="h4" id="requests-title">
        Requests{incoming.length > 0 ? ` (${incoming.length} waiting for you)` : ''}
      </Title>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {[...incoming, ...items.filter((item) => item.direction === 'outgoing')].map((connection) => (
          <RequestRow key={connection.id} connection={connection} />
        ))}
      </Stack>
    </Stack>
  );
}
