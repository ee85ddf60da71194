// The trusted network: my connections (requests, accepted, my private trusted mark) and the
// reciprocity figures per partner with the 12-month trend.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Connection, Reciprocity } from '../../contracts/network.ts';
import { api } from './http.ts';
import { queryKeys } from './query-keys.ts';

export type { Connection, Reciprocity } from '../../contracts/network.ts';

const connectionPath = (id: string) => `/api/connections/${encodeURIComponent(id)}`;

export const useConnections = () =>
  useQuery({
    queryKey: queryKeys.network.connections,
    queryFn: ({ signal }) => api<{ items: Connection[] }>('/api/connections', { signal }),
    select: (data) => data.items,
  });

export const useReciprocity = () =>
  useQuery({
    queryKey: queryKeys.network.reciprocity,
    queryFn: ({ signal }) => api<Reciprocity>('/api/reciprocity', { signal }),
  });

/** Connections and reciprocity (which shows "connected" and "trusted") hang together: ask again for both. */
function useNetworkWrite<Input, Output>(request: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.network.all }),
  });
}

export const useRequestConnection = () =>
  useNetworkWrite((toMemberSlug: string) =>
    api<Connection>('/api/connections', { method: 'POST', body: { toMemberSlug } }),
  );

export const useAcceptConnection = () =>
  useNetworkWrite((id: string) => api<Connection>(`${connectionPath(id)}/accept`, { method: 'POST', body: {} }));

/** Optimistic, so the switch moves at once; a refusal puts it back when the list is asked again. */
export const useSetTrusted = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, trusted }: { id: string; trusted: boolean }) =>
      api<Connection>(connectionPath(id), { method: 'PATCH', body: { trusted } }),
    onMutate: ({ id, trusted }) =>
      client.setQueryData<{ items: Connection[] }>(
        queryKeys.network.connections,
        (data) => data && { items: data.items.map((item) => (item.id === id ? { ...item, trusted } : item)) },
      ),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.network.all }),
  });
};

export const useRemoveConnection = () =>
  useNetworkWrite((id: string) => api<unknown>(connectionPath(id), { method: 'DELETE' }));
