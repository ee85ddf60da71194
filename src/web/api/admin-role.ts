// Whether I am an admin (the nav's Admin link and the admin page). Apart from api/moderation.ts so
// the nav, in every page's first load, does not carry the admin queue's code.
import { useQuery } from '@tanstack/react-query';
import { api } from './http.ts';
import { queryKeys } from './query-keys.ts';

/** Whether I am an admin; asked once a session (it changes only from the command line). */
export const useAmAdmin = (enabled = true) =>
  useQuery({
    queryKey: queryKeys.moderation.amAdmin,
    queryFn: ({ signal }) => api<{ admin: boolean }>('/api/me/admin', { signal }),
    select: (data) => data.admin,
    enabled,
    staleTime: Infinity,
  });
