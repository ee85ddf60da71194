// One notification: unread ones stand out (a coloured edge, bold title, "New"), its title leads to
// what it is about and marks it read on the way.
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from '../../app/routing.tsx';
import type { Notification } from '../../api/notifications.ts';
import { categoryLabels, inAppPath, whenLabel } from './notification-labels.ts';
import './notifications.css';

type Props = { notification: Notification; onRead: (id: string) => void; marking: boolean };

export function NotificationItem({ notification, onRead, marking }: Props) {
  const unread = notification.readAt === null;
  const path = inAppPath(notification.link);
  const open = () => unread && onRead(notification.id);
  return (
    <Paper
      component="li"
      withBorder
      p="md"
      className={unread ? 'notification-unread' : undefined}
      aria-label={`${unread ? 'Unread: ' : ''}${notification.title}`}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} miw={0}>
          <Group gap="xs">
            {unread && (
              <Badge size="xs" color="sage" variant="filled">
                New
              </Badge>
            )}
            <Text size="xs" c="dimmed">
              {categoryLabels[notification.category]} · {whenLabel(notification.createdAt)}
            </Text>
          </Group>
          {path ? (
            <Anchor component={Link} to={path} fw={unread ? 700 : 500} c="dark.7" onClick={open}>
              {notification.title}
            </Anchor>
          ) : (
            <Text fw={unread ? 700 : 500}>{notification.title}</Text>
          )}
          {notification.body && (
            <Text size="sm" c="dimmed">
              {notification.body}
            </Text>
          )}
        </Stack>
        {unread && (
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={open}
            loading={marking}
            aria-label={`Mark read: ${notification.title}`}
          >
            Mark read
          </Button>
        )}
      </Group>
    </Paper>
  );
}
