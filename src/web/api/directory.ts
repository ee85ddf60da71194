// GET /api/directory and GET /api/client-config (the map's tiles).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ClientConfig } from '../../contracts/client-config.ts';
import type { DirectoryResult } from '../../contracts/directory.ts';
import { api } from './http.ts';
import { queryKeys } from './query-keys.ts';
import { directoryUrl } from './read-urls.ts';

/** One directory search; `apiQuery` is the page's URL read as the API's query (directory-params.ts). */
export const useDirectory = (apiQuery: URLSearchParams) =>
  useQuery({
    queryKey: queryKeys.directory.search(apiQuery.toString()),
    queryFn: ({ signal }) => api<DirectoryResult>(directoryUrl(apiQuery), { signal }),
    placeholderData: keepPreviousData,
  });

export const useClientConfig = () =>
  useQuery({
    queryKey: queryKeys.clientConfig,
    queryFn: () => api<ClientConfig>('/api/client-config'),
    staleTime: Infinity,
  });
