// /notifications: everything that happened to me, newest first, unread ones marked; mark one or all
// read, and the way to the email settings. Linked from every notification email.
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { Link } from '../../app/routing.tsx';
import { messageOf } from '../../api/http.ts';
import { useMarkAllRead, useMarkRead, useNotifications } from '../../api/notifications.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { NotificationItem } from './NotificationItem.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';

function NotificationList() {
  const list = useNotifications();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  if (list.isError) return <LoadError error={list.error} retry={() => void list.refetch()} />;
  if (!list.data) return <PageLoader />;
  const items = list.data.pages.flatMap((page) => page.items);
  const unreadCount = list.data.pages[0]?.unreadCount ?? 0;
  const onError = (error: unknown) =>
    toasts.show({ color: 'red', title: 'Could not mark read', message: messageOf(error) });

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text aria-live="polite">{unreadCount === 0 ? 'All caught up.' : `${unreadCount} unread`}</Text>
        <Button
          variant="light"
          disabled={unreadCount === 0}
          loading={markAll.isPending}
          onClick={() => markAll.mutate(undefined, { onError })}
        >
          Mark all read
        </Button>
      </Group>
      {items.length === 0 ? (
        <Text c="dimmed">No notifications yet. Referrals, trades, cover requests and messages will show up here.</Text>
      ) : (
        <Stack component="ul" aria-label="Notifications" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((item) => (
            <NotificationItem
              key={item.id}
              notification={item}
              onRead={(id) => markRead.mutate(id, { onError })}
              marking={markRead.isPending && markRead.variables === item.id}
            />
          ))}
        </Stack>
      )}
      {list.hasNextPage && (
        <Button
          variant="subtle"
          onClick={() => void list.fetchNextPage()}
          loading={list.isFetchingNextPage}
          style={{ alignSelf: 'center' }}
        >
          Show older
        </Button>
      )}
    </Stack>
  );
}

export function NotificationsPage() {
  return (
    <PageFrame
      title="Notifications"
      intro="Referrals, trades, cover requests and your network, newest first."
      size="md"
      actions={
        <Anchor component={Link} to="/notifications/settings">
          Email settings
        </Anchor>
      }
    >
      <NotificationList />
    </PageFrame>
  );
}
