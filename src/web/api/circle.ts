// The trusted circle: my connections (requests, accepted, my private trusted mark) and the
// reciprocity figures per partner with the 12-month trend.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Connection, Reciprocity } from '../../contracts/circle.ts';
import { api } from './http.ts';

export type { Connection, Reciprocity } from '../../contracts/circle.ts';

export const circleKey = ['circle'] as const;
const connectionsKey = [...circleKey, 'connections'] as const;
const connectionPath = (id: string) => `/api/connections/${encodeURIComponent(id)}`;

export const useConnections = () =>
  useQuery({ queryKey: connectionsKey, queryFn: ({ signal }) => api<{ items: Connection[] }>('/api/connections', { signal }), select: (data) => data.items });

export const useReciprocity = () => useQuery({ queryKey: [...circleKey, 'reciprocity'], queryFn: ({ signal }) => api<Reciprocity>('/api/reciprocity', { signal }) });

/** Connections and reciprocity (which shows "connected" and "trusted") hang together: ask again for both. */
function useCircleWrite<Input, Output>(request: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: request, onSettled: () => client.invalidateQueries({ queryKey: circleKey }) });
}

export const useRequestConnection = () => useCircleWrite((toMemberSlug: string) => api<Connection>('/api/connections', { method: 'POST', body: { toMemberSlug } }));

export const useAcceptConnection = () => useCircleWrite((id: string) => api<Connection>(`${connectionPath(id)}/accept`, { method: 'POST', body: {} }));

/** Optimistic, so the switch moves at once; a refusal puts it back when the list is asked again. */
export const useSetTrusted = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, trusted }: { id: string; trusted: boolean }) => api<Connection>(connectionPath(id), { method: 'PATCH', body: { trusted } }),
    onMutate: ({ id, trusted }) =>
      client.setQueryData<{ items: Connection[] }>(connectionsKey, (data) => data && { items: data.items.map((item) => (item.id === id ? { ...item, trusted } : item)) }),
    onSettled: () => client.invalidateQueries({ queryKey: circleKey }),
  });
};

export const useRemoveConnection = () => useCircleWrite((id: string) => api<unknown>(connectionPath(id), { method: 'DELETE' }));
