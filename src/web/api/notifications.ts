// The notification centre: the list with its unread count (also the header bell's number), marking
// read, and the email preferences. The bell asks again every minute as a fallback for live updates.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Notification,
  NotificationList,
  NotificationPreferences,
  NotificationPreferencesUpdate,
} from '../../contracts/notifications.ts';
import { api } from './http.ts';
import { queryKeys } from './query-keys.ts';

export type {
  EmailMode,
  Notification,
  NotificationCategory,
  NotificationPreferences,
} from '../../contracts/notifications.ts';

export const unreadPollMs = 60_000;

/** Newest first, 30 a page; `fetchNextPage` loads older ones. */
export const useNotifications = () =>
  useInfiniteQuery({
    queryKey: queryKeys.notifications.list,
    queryFn: ({ pageParam, signal }) =>
      api<NotificationList>(
        `/api/notifications?${new URLSearchParams(pageParam ? { before: pageParam } : {}).toString()}`,
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextBefore,
  });

/** Only the count: the smallest page carries it. Polled only while the live socket is not open. */
export const useUnreadNotifications = (poll: boolean) =>
  useQuery({
    queryKey: queryKeys.notifications.unread,
    queryFn: ({ signal }) => api<NotificationList>('/api/notifications?unread=true&limit=1', { signal }),
    select: (data) => data.unreadCount,
    refetchInterval: poll ? unreadPollMs : false,
  });

function useNotificationWrite<Input, Output>(request: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.notifications.all }),
  });
}

export const useMarkRead = () =>
  useNotificationWrite((id: string) =>
    api<Notification>(`/api/notifications/${encodeURIComponent(id)}/read`, { method: 'POST', body: {} }),
  );

export const useMarkAllRead = () =>
  useNotificationWrite((_: void) =>
    api<{ marked: number; unreadCount: number }>('/api/notifications/read-all', { method: 'POST', body: {} }),
  );

export const useNotificationPreferences = () =>
  useQuery({
    queryKey: queryKeys.notifications.preferences,
    queryFn: ({ signal }) => api<NotificationPreferences>('/api/notifications/preferences', { signal }),
  });

export const useUpdateNotificationPreferences = () => {
  const client = useQueryClient();
  const mutationKey = ['notification-preferences-update'];
  return useMutation({
    mutationKey,
    mutationFn: (update: NotificationPreferencesUpdate) =>
      api<NotificationPreferences>('/api/notifications/preferences', { method: 'PUT', body: update }),
    // Optimistic, so the switch moves at once; a refusal puts it back when asked again.
    onMutate: (update) =>
      client.setQueryData<NotificationPreferences>(
        queryKeys.notifications.preferences,
        (data) =>
          data && { email: { ...data.email, ...update.email }, weeklyDigest: update.weeklyDigest ?? data.weeklyDigest },
      ),
    // A later change still on its way would be undone by this answer, which does not have it yet.
    onSuccess: (saved) => {
      if (client.isMutating({ mutationKey }) <= 1) client.setQueryData(queryKeys.notifications.preferences, saved);
    },
    onError: () => client.invalidateQueries({ queryKey: queryKeys.notifications.preferences }),
  });
};
