// Circle discussions: a circle's threads, one thread with its posts, and every write (start, reply,
// edit, moderate, report). A write refreshes every discussion query, so lists and unread counts agree.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Post,
  PostAttachment,
  PostCreate,
  ThreadCreate,
  ThreadDetail,
  ThreadModeration,
  ThreadSummary,
} from '../../contracts/discussions.ts';
import { api } from './http.ts';
import { queryKeys } from './query-keys.ts';

export type { Post, ThreadDetail, ThreadSummary } from '../../contracts/discussions.ts';

const circlePath = (circle: string) => `/api/circles/${encodeURIComponent(circle)}`;

export const useThreads = (circle: string, category: string) =>
  useQuery({
    queryKey: queryKeys.discussions.threads(circle, category),
    queryFn: ({ signal }) =>
      api<{ items: ThreadSummary[] }>(`${circlePath(circle)}/threads${category ? `?category=${category}` : ''}`, {
        signal,
      }),
    select: (data) => data.items,
  });

export const useThread = (id: string) =>
  useQuery({
    queryKey: queryKeys.discussions.thread(id),
    queryFn: ({ signal }) => api<ThreadDetail>(`/api/threads/${encodeURIComponent(id)}`, { signal }),
  });

function useDiscussionWrite<Input, Result>(request: (input: Input) => Promise<Result>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.discussions.all }),
  });
}

export const useStartThread = (circle: string) =>
  useDiscussionWrite((thread: ThreadCreate) =>
    api<ThreadSummary>(`${circlePath(circle)}/threads`, { method: 'POST', body: thread }),
  );

/** A reply, with its file (if any) uploaded first and named in the post. */
export const useReply = (threadId: string, circle: string) =>
  useDiscussionWrite(async ({ file, ...post }: PostCreate & { file: File | null }) => {
    const attachments = file ? [(await uploadPostFile(circle, file)).file] : [];
    return api<Post>(`/api/threads/${encodeURIComponent(threadId)}/posts`, {
      method: 'POST',
      body: { ...post, attachments },
    });
  });

export const useModerateThread = (threadId: string) =>
  useDiscussionWrite((changes: ThreadModeration) =>
    api<ThreadSummary>(`/api/threads/${encodeURIComponent(threadId)}/moderation`, { method: 'POST', body: changes }),
  );

export const useModeratePost = () =>
  useDiscussionWrite(({ postId, hidden }: { postId: string; hidden: boolean }) =>
    api<Post>(`/api/posts/${encodeURIComponent(postId)}/moderation`, { method: 'POST', body: { hidden } }),
  );

export const useReportPost = () =>
  useDiscussionWrite(({ postId, reason }: { postId: string; reason: string }) =>
    api<{ reported: true }>(`/api/posts/${encodeURIComponent(postId)}/reports`, { method: 'POST', body: { reason } }),
  );

/** Uploads one file for a post; the answer's `file` goes in the post's `attachments`. */
export const uploadPostFile = (circle: string, file: File) => {
  const form = new FormData();
  form.append('file', file);
  return api<PostAttachment>(`${circlePath(circle)}/attachments`, { method: 'POST', form });
};
