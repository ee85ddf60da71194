// GET /api/directory and GET /api/client-config (the map's tiles).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ClientConfig } from '../../contracts/client-config.ts';
import type { DirectoryResult } from '../../contracts/directory.ts';
import { api } from './http.ts';
import { queryKeys } from './query-keys.ts';

export const useDirectory = (search: URLSearchParams) => {
  const query = search.toString();
  return useQuery({
    queryKey: queryKeys.directory.search(query),
    queryFn: ({ signal }) => api<DirectoryResult>(`/api/directory?${query}`, { signal }),
    placeholderData: keepPreviousData,
  });
};

export const useClientConfig = () =>
  useQuery({
    queryKey: queryKeys.clientConfig,
    queryFn: () => api<ClientConfig>('/api/client-config'),
    staleTime: Infinity,
  });
