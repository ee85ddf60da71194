// Group purchasing pools: the open list and mine, one pool, starting one, pledging, cancelling.
// A pool page listens for `pool.updated` on the live socket and folds the new total into its data,
// so the tier and price move without a reload; after a reconnect it refetches (live-invalidation.ts).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Pool, PoolCreate } from '../../contracts/pools.ts';
import { api } from './http.ts';
import { queryKeys } from './query-keys.ts';
import { useRealtime } from './realtime.ts';

export type { Pool, PoolCreate, PoolStatus } from '../../contracts/pools.ts';

const poolPath = (id: string) => `/api/pools/${encodeURIComponent(id)}`;
export const orderSheetUrl = (id: string, format: 'csv' | 'pdf') => `${poolPath(id)}/order-sheet.${format}`;

/** Open pools (near a postal code when given) or mine. */
export const usePools = (scope: 'open' | 'mine', near = '') =>
  useQuery({
    queryKey: queryKeys.pools.list(scope, near),
    queryFn: ({ signal }) =>
      api<{ items: Pool[] }>(`/api/pools?scope=${scope}${near ? `&near=${encodeURIComponent(near)}` : ''}`, {
        signal,
      }),
    select: (data) => data.items,
  });

export function usePool(id: string) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.pools.one(id),
    queryFn: ({ signal }) => api<Pool>(poolPath(id), { signal }),
  });
  useRealtime('pool.updated', (event) => {
    if (event.pool.id !== id) return;
    client.setQueryData<Pool>(queryKeys.pools.one(id), (pool) =>
      pool
        ? {
            ...pool,
            ...event.pool,
            myPledge: pool.myPledge && { ...pool.myPledge, amount: pool.myPledge.quantity * event.pool.unitPrice },
          }
        : pool,
    );
  });
  return query;
}

function usePoolWrite<Input>(request: (input: Input) => Promise<Pool>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (pool) => client.setQueryData(queryKeys.pools.one(pool.id), pool),
    onSettled: () => client.invalidateQueries({ queryKey: [...queryKeys.pools.all, 'list'] }),
  });
}

export const useStartPool = () =>
  usePoolWrite((pool: PoolCreate) => api<Pool>('/api/pools', { method: 'POST', body: pool }));

export const usePledge = (id: string) =>
  usePoolWrite((quantity: number) => api<Pool>(`${poolPath(id)}/pledges`, { method: 'POST', body: { quantity } }));

export const useCancelPool = (id: string) =>
  usePoolWrite(() => api<Pool>(`${poolPath(id)}/cancel`, { method: 'POST' }));
