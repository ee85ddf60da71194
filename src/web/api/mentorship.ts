// Mentoring: what I offer and seek, the mentors suggested to me, my mentorships and requests, and
// one mentorship's shared space. A write refreshes everything under the mentoring key.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Mentoring,
  MentoringUpdate,
  Mentorship,
  MentorshipSpace,
  Suggestion,
} from '../../contracts/mentorship.ts';
import { api } from './http.ts';
import { queryKeys } from './query-keys.ts';

export type {
  Mentoring,
  MentoringUpdate,
  Mentorship,
  MentorshipSpace,
  Suggestion,
} from '../../contracts/mentorship.ts';

const mentorshipPath = (id: string) => `/api/mentorships/${encodeURIComponent(id)}`;

export const useMentoring = () =>
  useQuery({
    queryKey: queryKeys.mentoring.mine,
    queryFn: ({ signal }) => api<Mentoring>('/api/me/mentoring', { signal }),
  });

export const useSuggestions = (enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.mentoring.suggestions,
    enabled,
    queryFn: ({ signal }) => api<{ items: Suggestion[] }>('/api/mentoring/suggestions', { signal }),
    select: (data) => data.items,
  });

export const useMentorships = () =>
  useQuery({
    queryKey: queryKeys.mentoring.list(),
    queryFn: ({ signal }) => api<{ items: Mentorship[] }>('/api/mentorships', { signal }),
    select: (data) => data.items,
  });

export const useMentorshipSpace = (id: string) =>
  useQuery({
    queryKey: queryKeys.mentoring.one(id),
    queryFn: ({ signal }) => api<MentorshipSpace>(mentorshipPath(id), { signal }),
  });

function useMentoringWrite<Input, Output>(request: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.mentoring.all }),
  });
}

export const useSaveMentoring = () =>
  useMentoringWrite((update: MentoringUpdate) => api<Mentoring>('/api/me/mentoring', { method: 'PUT', body: update }));

export const useRequestMentor = () =>
  useMentoringWrite((request: { mentorSlug: string; message: string }) =>
    api<Mentorship>('/api/mentorships', { method: 'POST', body: request }),
  );

/** Any step on one mentorship: accept, decline, end, feedback, goals, check-ins, my note. */
export const useMentorshipStep = (id: string) =>
  useMentoringWrite(({ step, method = 'POST', body }: { step: string; method?: 'POST' | 'PUT'; body?: object }) =>
    api<unknown>(`${mentorshipPath(id)}/${step}`, { method, body: body ?? {} }),
  );

export const useMentorshipConversation = (id: string) =>
  useMutation({
    mutationFn: () =>
      api<{ conversationId: string }>(`${mentorshipPath(id)}/conversation`, { method: 'POST', body: {} }),
  });
