// A client's whole record to download (therapist and portal), and deleting a client under the
// retention rule: what a delete would do now, and the delete itself.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DeletionPlan } from '../../contracts/client-lifecycle.ts';
import { api } from './http.ts';
import { queryKeys } from './query-keys.ts';

export type { DeletionPlan };

const clientPath = (id: string) => `/api/clients/${encodeURIComponent(id)}`;

/** The therapist's downloads of one client's record: JSON and a readable PDF. */
export const clientExportUrls = (clientId: string) => ({
  json: `${clientPath(clientId)}/export`,
  pdf: `${clientPath(clientId)}/export.pdf`,
});

/** The signed-in client's downloads: all their records as JSON, and one record as a PDF. */
export const portalExportUrls = (clientId: string) => ({
  json: '/api/portal/export',
  pdf: `/api/portal/records/${encodeURIComponent(clientId)}/export.pdf`,
});

export const useDeletionPlan = (clientId: string, enabled: boolean) =>
  useQuery({
    queryKey: [...queryKeys.clients.one(clientId), 'deletion'] as const,
    queryFn: ({ signal }) => api<DeletionPlan>(`${clientPath(clientId)}/deletion`, { signal }),
    enabled,
    retry: false,
    staleTime: 0,
  });

/** Deleting drops the client from every list; referrals that named them are asked again too. */
export const useDeleteClient = (clientId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<DeletionPlan>(clientPath(clientId), { method: 'DELETE' }),
    // Marked stale without refetching now: the open client page would ask again and get 404
    // before the dialog moves on to the list, which then loads fresh.
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: queryKeys.clients.all, refetchType: 'none' });
      await client.invalidateQueries({ queryKey: queryKeys.referrals.all, refetchType: 'none' });
    },
  });
};
