// Cover when away: my away periods with who covers, the invitations to cover for colleagues, and
// the answers to them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AwayCreate, AwayPeriod, awayListSchema } from '../../contracts/cover.ts';
import { api } from './http.ts';
import { queryKeys } from './query-keys.ts';

export type { AwayCreate, AwayPeriod } from '../../contracts/cover.ts';
export type AwayList = z.infer<typeof awayListSchema>;
export type CoverInvitation = AwayList['covering'][number];

const awayPath = (id: string) => `/api/away/${encodeURIComponent(id)}`;

export const useAway = () =>
  useQuery({ queryKey: queryKeys.away, queryFn: ({ signal }) => api<AwayList>('/api/away', { signal }) });

function useAwayWrite<Input, Output>(request: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: request, onSettled: () => client.invalidateQueries({ queryKey: queryKeys.away }) });
}

export const useDeclareAway = () =>
  useAwayWrite((period: AwayCreate) => api<AwayPeriod>('/api/away', { method: 'POST', body: period }));

export const useEndAway = () =>
  useAwayWrite((id: string) => api<AwayPeriod>(`${awayPath(id)}/end`, { method: 'POST', body: {} }));

export const useAnswerCover = () =>
  useAwayWrite(({ awayId, coverId, answer }: { awayId: string; coverId: string; answer: 'accept' | 'decline' }) =>
    api<{ coverId: string; status: string }>(`${awayPath(awayId)}/covers/${encodeURIComponent(coverId)}/${answer}`, {
      method: 'POST',
      body: {},
    }),
  );
