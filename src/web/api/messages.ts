// Conversations and messages (docs/realtime.md): the inbox with its unread counts, one thread page by
// page, sending, attachments, read marks, block and report. The inbox and open threads follow the
// live socket; every cache update here is idempotent, so two screens listening at once do no harm.
import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type InfiniteData,
  type QueryClient,
} from '@tanstack/react-query';
import type {
  Attachment,
  Conversation,
  ConversationCreate,
  ConversationList,
  Message,
  MessageCreate,
  MessageList,
  ReadResult,
  ReportCreate,
} from '../../contracts/messages.ts';
import { api } from './http.ts';
import { useOnReconnect, useRealtime } from './realtime.ts';
import { queryKeys } from './query-keys.ts';

export type { Attachment, Conversation, ConversationMember, Message } from '../../contracts/messages.ts';

const path = (id: string) => `/api/conversations/${encodeURIComponent(id)}`;

type Pages = InfiniteData<MessageList, string | null>;

/** The thread on screen: its new messages are read as they arrive, so they do not count as unread. */
let openConversation: string | null = null;
export const setOpenConversation = (id: string | null) => {
  openConversation = id;
};

const newestFirst = (items: Conversation[]) => [...items].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

function addToList(client: QueryClient, message: Message) {
  const list = client.getQueryData<ConversationList>(queryKeys.conversations.list());
  const known = list?.items.find((item) => item.id === message.conversationId);
  // A conversation someone else just started: the server knows its members and title, so ask.
  if (!list || !known) return void client.invalidateQueries({ queryKey: queryKeys.conversations.list() });
  if (known.lastMessage?.id === message.id || (known.lastMessage && known.lastMessage.createdAt > message.createdAt))
    return;
  const unread = !message.mine && openConversation !== message.conversationId;
  const updated = {
    ...known,
    lastMessage: message,
    updatedAt: message.createdAt,
    unreadCount: known.unreadCount + (unread ? 1 : 0),
  };
  client.setQueryData<ConversationList>(queryKeys.conversations.list(), {
    items: newestFirst(list.items.map((item) => (item.id === known.id ? updated : item))),
    totalUnread: list.totalUnread + (unread ? 1 : 0),
  });
}

function addToThread(client: QueryClient, message: Message) {
  client.setQueryData<Pages>(queryKeys.conversations.messages(message.conversationId), (data) => {
    if (!data || data.pages.some((page) => page.items.some((item) => item.id === message.id))) return data;
    const [first, ...rest] = data.pages;
    return {
      ...data,
      pages: [{ items: [message, ...(first?.items ?? [])], nextBefore: first?.nextBefore ?? null }, ...rest],
    };
  });
}

function applyRead(client: QueryClient, read: ReadResult) {
  client.setQueryData<ConversationList>(
    queryKeys.conversations.list(),
    (list) =>
      list && {
        items: list.items.map((item) =>
          item.id === read.conversationId ? { ...item, unreadCount: read.unreadCount } : item,
        ),
        totalUnread: read.totalUnread,
      },
  );
}

/** My conversations, latest activity first, with `totalUnread` for the badge; kept live. */
export function useConversations() {
  const client = useQueryClient();
  useRealtime('message.created', (event) => {
    addToList(client, event.message);
    // A thread visited earlier stays current in the cache for when it is opened again.
    addToThread(client, event.message);
  });
  useRealtime('conversation.read', (event) => applyRead(client, event));
  useOnReconnect(() => void client.invalidateQueries({ queryKey: queryKeys.conversations.all }));
  return useQuery({
    queryKey: queryKeys.conversations.list(),
    queryFn: ({ signal }) => api<ConversationList>('/api/conversations', { signal }),
  });
}

/** Unread messages over all my conversations (0 until known). */
export const useUnreadMessages = () => useConversations().data?.totalUnread ?? 0;

export const useConversation = (id: string) =>
  useQuery({
    queryKey: queryKeys.conversations.one(id),
    queryFn: ({ signal }) => api<Conversation>(path(id), { signal }),
  });

/** One thread, newest page first (each page newest first); `fetchNextPage` loads older messages. */
export function useMessages(id: string) {
  const client = useQueryClient();
  useRealtime('message.created', (event) => addToThread(client, event.message));
  useOnReconnect(() => void client.invalidateQueries({ queryKey: queryKeys.conversations.messages(id) }));
  return useInfiniteQuery({
    queryKey: queryKeys.conversations.messages(id),
    queryFn: ({ pageParam, signal }) =>
      api<MessageList>(
        `${path(id)}/messages?${new URLSearchParams(pageParam ? { before: pageParam, limit: '30' } : { limit: '30' }).toString()}`,
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextBefore,
  });
}

export function useSendMessage(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MessageCreate) => api<Message>(`${path(id)}/messages`, { method: 'POST', body: input }),
    onSuccess: (message) => {
      addToThread(client, message);
      addToList(client, message);
    },
  });
}

export type UploadedAttachment = Pick<Attachment, 'file' | 'kind' | 'fileName' | 'size' | 'url'>;

export const uploadAttachment = (id: string, file: File) => {
  const form = new FormData();
  form.append('file', file);
  return api<UploadedAttachment>(`${path(id)}/attachments`, { method: 'POST', form });
};

export function useMarkRead(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<ReadResult>(`${path(id)}/read`, { method: 'POST', body: {} }),
    onSuccess: (read) => applyRead(client, read),
  });
}

/** One slug opens (or reopens) the one-to-one conversation; several start a group. */
export function useStartConversation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ConversationCreate) => api<Conversation>('/api/conversations', { method: 'POST', body: input }),
    onSuccess: (conversation) => {
      client.setQueryData(queryKeys.conversations.one(conversation.id), conversation);
      return client.invalidateQueries({ queryKey: queryKeys.conversations.list() });
    },
  });
}

export const useSetBlocked = () =>
  useMutation({
    mutationFn: ({ slug, blocked }: { slug: string; blocked: boolean }) =>
      api<{ slug: string; blocked: boolean }>(`/api/members/${encodeURIComponent(slug)}/block`, {
        method: blocked ? 'POST' : 'DELETE',
        body: blocked ? {} : undefined,
      }),
  });

export const useReportMember = () =>
  useMutation({
    mutationFn: ({ slug, report }: { slug: string; report: ReportCreate }) =>
      api<{ id: string; reason: string; createdAt: string }>(`/api/members/${encodeURIComponent(slug)}/report`, {
        method: 'POST',
        body: report,
      }),
  });
