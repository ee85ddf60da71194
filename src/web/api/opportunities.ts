// The opportunities board: search, my posts, one post, posting, closing, deleting, replying by
// message, and saved searches with email alerts.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Opportunity,
  OpportunityCreate,
  OpportunityUpdate,
  OpportunityList,
  SavedSearch,
  SavedSearchCreate,
} from '../../contracts/opportunities.ts';
import { api } from './http.ts';
import { queryKeys } from './query-keys.ts';

export type { Opportunity, OpportunityCreate, OpportunityList, OpportunityUpdate, SavedSearch, SavedSearchCreate };

const keys = queryKeys.opportunities;
const postPath = (id: string) => `/api/opportunities/${encodeURIComponent(id)}`;

export const useOpportunitySearch = (query: string) =>
  useQuery({
    queryKey: keys.search(query),
    queryFn: ({ signal }) => api<OpportunityList>(`/api/opportunities?${query}`, { signal }),
  });

export const useMyOpportunities = () =>
  useQuery({
    queryKey: keys.mine,
    queryFn: ({ signal }) => api<{ items: Opportunity[] }>('/api/opportunities/mine', { signal }),
  });

export const useOpportunity = (id: string) =>
  useQuery({ queryKey: keys.one(id), queryFn: ({ signal }) => api<Opportunity>(postPath(id), { signal }) });

export const useSavedSearches = () =>
  useQuery({
    queryKey: keys.savedSearches,
    queryFn: ({ signal }) => api<{ items: SavedSearch[] }>('/api/opportunities/saved-searches', { signal }),
  });

function useBoardWrite<Input, Output>(request: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: request, onSettled: () => client.invalidateQueries({ queryKey: keys.all }) });
}

export const usePostOpportunity = () =>
  useBoardWrite((body: OpportunityCreate) => api<Opportunity>('/api/opportunities', { method: 'POST', body }));

export const useUpdateOpportunity = (id: string) =>
  useBoardWrite((body: OpportunityUpdate) => api<Opportunity>(postPath(id), { method: 'PATCH', body }));

export const useCloseOpportunity = () =>
  useBoardWrite((id: string) => api<Opportunity>(`${postPath(id)}/close`, { method: 'POST', body: {} }));

export const useDeleteOpportunity = () => useBoardWrite((id: string) => api<null>(postPath(id), { method: 'DELETE' }));

export const useReplyToOpportunity = (id: string) =>
  useMutation({
    mutationFn: (body: { body: string }) =>
      api<{ conversationId: string }>(`${postPath(id)}/reply`, { method: 'POST', body }),
  });

export const useSaveSearch = () =>
  useBoardWrite((body: SavedSearchCreate) =>
    api<SavedSearch>('/api/opportunities/saved-searches', { method: 'POST', body }),
  );

export const useDeleteSavedSearch = () =>
  useBoardWrite((id: string) =>
    api<null>(`/api/opportunities/saved-searches/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  );
