// My connections: each with a private "trusted" mark (they never see it) and a way to remove them,
// asked twice because the connection cannot be restored without their acceptance.
import { Anchor, Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from '../../app/routing.tsx';
import { useRemoveConnection, useSetTrusted, type Connection } from '../../api/network.ts';
import { messageOf } from '../../api/http.ts';
import { memberPath, professionLabel } from './member-label.ts';

function ConnectionRow({ connection }: { connection: Connection }) {
  const setTrusted = useSetTrusted();
  const remove = useRemoveConnection();
  const [confirming, setConfirming] = useState(false);
  const { member } = connection;
  const onError = (error: unknown) =>
    notifications.show({ color: 'red', title: 'The connection was not changed', message: messageOf(error) });
  return (
    <Paper component="li" withBorder radius="md" p="sm" aria-label={member.displayName}>
      <Group justify="space-between" gap="sm">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Anchor component={Link} to={memberPath(member.slug)} fw={600}>
            {member.displayName}
          </Anchor>
          <Text size="xs" c="dimmed">
            {professionLabel(member.profession)}
          </Text>
        </Stack>
        <Group gap="sm">
          <Switch
            label="Trusted"
            description="Only you see this"
            checked={connection.trusted}
            disabled={setTrusted.isPending}
            onChange={(event) =>
              setTrusted.mutate({ id: connection.id, trusted: event.currentTarget.checked }, { onError })
            }
          />
          {confirming ? (
            <Group gap={4}>
              <Button
                size="compact-sm"
                color="red"
                loading={remove.isPending}
                onClick={() => remove.mutate(connection.id, { onError })}
              >
                Remove {member.displayName}
              </Button>
              <Button size="compact-sm" variant="default" onClick={() => setConfirming(false)}>
                Keep
              </Button>
            </Group>
          ) : (
            <Button size="compact-sm" variant="subtle" color="red" onClick={() => setConfirming(true)}>
              Remove
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}

export function ConnectionList({ items }: { items: Connection[] }) {
  return (
    <Stack component="section" aria-labelledby="connections-title" gap="xs">
      <Title order={2} size="h4" id="connections-title">
        Connected ({items.length})
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No connections yet. Open a colleague’s profile from the directory to ask to connect, or connect with a partner
          below once referrals flow between you.
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((connection) => (
            <ConnectionRow key={connection.id} connection={connection} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
