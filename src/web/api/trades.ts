// Treatment trades: my trades, one trade, the minutes ledger, proposing, every transition and the
// notes after a session. A write refreshes the list, the trade and the ledger together.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Ledger, Trade, TradeNotes, TradePropose, TradeTransition } from '../../contracts/trades.ts';
import { api } from './http.ts';

export type { Ledger, Trade, TradeSession, TradeStatus, TradeTransition } from '../../contracts/trades.ts';

export const tradesKey = ['trades'] as const;
const tradePath = (id: string) => `/api/trades/${encodeURIComponent(id)}`;

export const useTrades = () =>
  useQuery({ queryKey: [...tradesKey, 'list'], queryFn: ({ signal }) => api<{ items: Trade[] }>('/api/trades', { signal }), select: (data) => data.items });

export const useTrade = (id: string) => useQuery({ queryKey: [...tradesKey, 'one', id], queryFn: ({ signal }) => api<Trade>(tradePath(id), { signal }) });

export const useLedger = () => useQuery({ queryKey: [...tradesKey, 'ledger'], queryFn: ({ signal }) => api<Ledger>('/api/trades/ledger', { signal }) });

function useTradeWrite<Input>(request: (input: Input) => Promise<Trade>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (trade) => client.setQueryData([...tradesKey, 'one', trade.id], trade),
    onSettled: () => client.invalidateQueries({ queryKey: tradesKey }),
  });
}

export const useProposeTrade = () => useTradeWrite((proposal: TradePropose) => api<Trade>('/api/trades', { method: 'POST', body: proposal }));

export const useTradeTransition = (id: string) => useTradeWrite((transition: TradeTransition) => api<Trade>(`${tradePath(id)}/transitions`, { method: 'POST', body: transition }));

export const useSaveTradeNotes = (id: string) => useTradeWrite((notes: TradeNotes) => api<Trade>(`${tradePath(id)}/notes`, { method: 'POST', body: notes }));
