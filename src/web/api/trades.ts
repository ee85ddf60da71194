// Treatment trades: my trades, one trade, the minutes ledger, proposing, every transition and the
// notes after a session. A write refreshes the list, the trade and the ledger together.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Ledger, Trade, TradeNotes, TradePropose, TradeTransition } from '../../contracts/trades.ts';
import { api } from './http.ts';
import { queryKeys } from './query-keys.ts';

export type { Ledger, Trade, TradeSession, TradeStatus, TradeTransition } from '../../contracts/trades.ts';

const tradePath = (id: string) => `/api/trades/${encodeURIComponent(id)}`;

export const useTrades = () =>
  useQuery({
    queryKey: queryKeys.trades.list(),
    queryFn: ({ signal }) => api<{ items: Trade[] }>('/api/trades', { signal }),
    select: (data) => data.items,
  });

export const useTrade = (id: string) =>
  useQuery({ queryKey: queryKeys.trades.one(id), queryFn: ({ signal }) => api<Trade>(tradePath(id), { signal }) });

export const useLedger = () =>
  useQuery({
    queryKey: queryKeys.trades.ledger,
    queryFn: ({ signal }) => api<Ledger>('/api/trades/ledger', { signal }),
  });

function useTradeWrite<Input>(request: (input: Input) => Promise<Trade>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (trade) => client.setQueryData([...queryKeys.trades.all, 'one', trade.id], trade),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.trades.all }),
  });
}

export const useProposeTrade = () =>
  useTradeWrite((proposal: TradePropose) => api<Trade>('/api/trades', { method: 'POST', body: proposal }));

export const useTradeTransition = (id: string) =>
  useTradeWrite((transition: TradeTransition) =>
    api<Trade>(`${tradePath(id)}/transitions`, { method: 'POST', body: transition }),
  );

export const useSaveTradeNotes = (id: string) =>
  useTradeWrite((notes: TradeNotes) => api<Trade>(`${tradePath(id)}/notes`, { method: 'POST', body: notes }));
