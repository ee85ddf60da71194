// Open pages follow what the other side does: every live event the socket brings is turned here,
// and only here, into the queries to refresh. A notification names its subject (a referral, a
// trade, a connection, a cover request, a conversation); the page showing that subject refetches.
// Events missed while the socket was down are caught up on reconnect by refreshing the same keys.
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { Notification } from '../../contracts/notifications.ts';
import { queryKeys } from '../api/query-keys.ts';
import type { RealtimeEvent } from '../api/realtime.ts';

type SubjectType = 'referral' | 'trade' | 'connection' | 'away' | 'conversation';
type Subject = { type: SubjectType; id: string };

const subjectTypeOfKind: Record<string, SubjectType> = {
  referral: 'referral',
  trade: 'trade',
  connection: 'connection',
  away: 'away',
  message: 'conversation',
};

/** The notice's subject: sent with it where the server does, else read from its kind and link ('/app/referrals/<id>'). */
export function subjectOf(notification: Notification & { subject?: Subject | null }): Subject | null {
  if (notification.subject) return notification.subject;
  const type = subjectTypeOfKind[notification.kind.split('.')[0] ?? ''];
  return type ? { type, id: notification.link.split('/').pop() ?? '' } : null;
}

const keysOfSubject = (subject: Subject): QueryKey[] => {
  switch (subject.type) {
    case 'referral':
      return [queryKeys.referrals.one(subject.id), queryKeys.referrals.list(), queryKeys.home];
    case 'trade':
      return [queryKeys.trades.one(subject.id), queryKeys.trades.list(), queryKeys.trades.ledger, queryKeys.home];
    case 'connection':
      return [queryKeys.network.all, queryKeys.home];
    case 'away':
      return [queryKeys.away, queryKeys.home];
    case 'conversation':
      return [queryKeys.conversations.list()];
  }
};

const discussionKinds = new Set(['circle.reply', 'circle.mention', 'circle.report']);

/** The queries a live event makes stale. Messages and read marks update their caches in place (api/messages.ts, live-counts). */
export function keysToRefresh(event: RealtimeEvent): QueryKey[] {
  switch (event.type) {
    case 'notification': {
      const subject = subjectOf(event.notification);
      // A reply, mention or report in a circle discussion: its lists' unread counts and the thread.
      const discussion = discussionKinds.has(event.notification.kind) ? [queryKeys.discussions.all] : [];
      return [queryKeys.notifications.all, ...(subject ? keysOfSubject(subject) : []), ...discussion];
    }
    // The pool page folds the new total into its own data (api/pools.ts); lists refetch.
    case 'pool.updated':
      return [[...queryKeys.pools.all, 'list']];
    case 'message.created':
    case 'conversation.read':
    case 'notifications.read':
    case 'ready':
    case 'pong':
    case 'error':
      return [];
  }
}

/** After a gap in the socket: everything an open page follows may have changed. */
export const keysAfterReconnect: QueryKey[] = [
  queryKeys.notifications.all,
  queryKeys.referrals.all,
  queryKeys.trades.all,
  queryKeys.network.all,
  queryKeys.away,
  queryKeys.home,
  queryKeys.discussions.all,
  queryKeys.pools.all,
];

export const refreshFor = (client: QueryClient, keys: QueryKey[]) =>
  Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey })));
