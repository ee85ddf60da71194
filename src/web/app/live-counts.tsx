// The header's live counts (unread notifications and messages), loaded once the browser is idle
// after the first screen (use-browser-idle.ts), so the socket client and the inbox code stay out of
// the shell every first load downloads. Each follows the live socket; while the socket is down it is
// asked again every minute. Live events also refresh the open page (live-invalidation.ts).
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useUnreadMessages } from '../api/messages.ts';
import { unreadPollMs, useUnreadNotifications } from '../api/notifications.ts';
import { useOnReconnect, useRealtime, useRealtimeStatus } from '../api/realtime.ts';
import { CountBadge } from './CountBadge.tsx';
import { keysAfterReconnect, keysToRefresh, refreshFor } from './live-invalidation.ts';
import { queryKeys } from '../api/query-keys.ts';

export function NotificationCount() {
  const client = useQueryClient();
  const live = useRealtimeStatus() === 'open';
  const unread = useUnreadNotifications(!live).data ?? 0;
  // The bell is mounted on every signed-in page, so the live refresh of open pages hangs here.
  useRealtime('notification', (event) => void refreshFor(client, keysToRefresh(event)));
  useRealtime('notifications.read', (event) => {
    client.setQueryData(
      queryKeys.notifications.unread,
      (data: { unreadCount: number } | undefined) => data && { ...data, unreadCount: event.unreadCount },
    );
  });
  useOnReconnect(() => void refreshFor(client, keysAfterReconnect));
  return <CountBadge count={unread} />;
}

export function MessageCount() {
  const client = useQueryClient();
  const live = useRealtimeStatus() === 'open';
  useEffect(() => {
    if (live) return;
    const timer = setInterval(
      () => void client.invalidateQueries({ queryKey: queryKeys.conversations.list() }),
      unreadPollMs,
    );
    return () => clearInterval(timer);
  }, [live, client]);
  return <CountBadge count={useUnreadMessages()} />;
}
