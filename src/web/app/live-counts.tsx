// The header's live counts (unread notifications and messages), loaded after the first paint so
// the socket client and the inbox code stay out of the shell every first load downloads. Each
// follows the live socket; while the socket is down it is asked again every minute.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { conversationsKey, useUnreadMessages } from '../api/messages.ts';
import { notificationsKey, unreadKey, unreadPollMs, useUnreadNotifications } from '../api/notifications.ts';
import { useOnReconnect, useRealtime, useRealtimeStatus } from '../api/realtime.ts';
import { CountBadge } from './CountBadge.tsx';

export function NotificationCount() {
  const client = useQueryClient();
  const live = useRealtimeStatus() === 'open';
  const unread = useUnreadNotifications(!live).data ?? 0;
  const refresh = () => void client.invalidateQueries({ queryKey: notificationsKey });
  useRealtime('notification', refresh);
  useRealtime('notifications.read', (event) => {
    client.setQueryData(unreadKey, (data: { unreadCount: number } | undefined) => data && { ...data, unreadCount: event.unreadCount });
  });
  useOnReconnect(refresh);
  return <CountBadge count={unread} />;
}

export function MessageCount() {
  const client = useQueryClient();
  const live = useRealtimeStatus() === 'open';
  useEffect(() => {
    if (live) return;
    const timer = setInterval(() => void client.invalidateQueries({ queryKey: [...conversationsKey, 'list'] }), unreadPollMs);
    return () => clearInterval(timer);
  }, [live, client]);
  return <CountBadge count={useUnreadMessages()} />;
}
