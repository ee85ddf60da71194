// GET /api/directory and GET /api/client-config (the map's tiles).
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ClientConfig } from '../../contracts/client-config.ts';
import type { DirectoryResult } from '../../contracts/directory.ts';
import { api } from './http.ts';
import { queryKeys } from './query-keys.ts';

/** One directory search: the query useDirectory makes. */
export const directoryQuery = (search: URLSearchParams) => {
  const query = search.toString();
  return queryOptions({
    queryKey: queryKeys.directory.search(query),
    queryFn: ({ signal }) => api<DirectoryResult>(`/api/directory?${query}`, { signal }),
  });
};

export const useDirectory = (search: URLSearchParams) =>
  useQuery({ ...directoryQuery(search), placeholderData: keepPreviousData });

export const useClientConfig = () =>
  useQuery({
    queryKey: queryKeys.clientConfig,
    queryFn: () => api<ClientConfig>('/api/client-config'),
    staleTime: Infinity,
  });
