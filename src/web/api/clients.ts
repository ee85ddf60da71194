// My clients: the private list, one client's record, adding and editing, and their consent
// records (recording and withdrawing consent to share).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AccessLogEntry,
  Client,
  ClientCreate,
  ClientSummary,
  ClientUpdate,
  Consent,
  ConsentCreateInput,
} from '../../contracts/clients.ts';
import { api } from './http.ts';
import { queryKeys } from './query-keys.ts';

export type {
  AccessLogEntry,
  Client,
  ClientSummary,
  Consent,
  SharedWith,
  ShareScope,
} from '../../contracts/clients.ts';

const clientPath = (id: string) => `/api/clients/${encodeURIComponent(id)}`;

export const useClients = (q: string, archived: boolean) => {
  const query = new URLSearchParams({ ...(q ? { q } : {}), ...(archived ? { archived: 'true' } : {}) }).toString();
  return useQuery({
    queryKey: queryKeys.clients.list(query),
    queryFn: ({ signal }) => api<{ items: ClientSummary[] }>(`/api/clients?${query}`, { signal }),
    select: (data) => data.items,
    placeholderData: keepPreviousData,
  });
};

export const useClient = (id: string | null) =>
  useQuery({
    queryKey: queryKeys.clients.one(id ?? ''),
    queryFn: ({ signal }) => api<Client>(clientPath(id!), { signal }),
    enabled: !!id,
    retry: false,
  });

export const useConsents = (clientId: string | null) =>
  useQuery({
    queryKey: queryKeys.clients.consents(clientId ?? ''),
    queryFn: ({ signal }) => api<{ items: Consent[] }>(`${clientPath(clientId!)}/consents`, { signal }),
    select: (data) => data.items,
    enabled: !!clientId,
  });

export const useAccessLog = (clientId: string, enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.clients.accessLog(clientId),
    queryFn: ({ signal }) => api<{ items: AccessLogEntry[] }>(`${clientPath(clientId)}/access-log`, { signal }),
    select: (data) => data.items,
    enabled,
    retry: false,
  });

/** A change to a client or a consent moves list rows (names, consent counts): ask again for all. */
function useClientWrite<Input, Output>(request: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.clients.all }),
  });
}

export const useCreateClient = () =>
  useClientWrite((input: ClientCreate) => api<Client>('/api/clients', { method: 'POST', body: input }));

export const useUpdateClient = (id: string) =>
  useClientWrite((patch: ClientUpdate) => api<Client>(clientPath(id), { method: 'PATCH', body: patch }));

export const useRecordConsent = (clientId: string) =>
  useClientWrite((input: ConsentCreateInput) =>
    api<Consent>(`${clientPath(clientId)}/consents`, { method: 'POST', body: input }),
  );

/** Withdrawing also hides the packet of referrals made under it: referrals are asked again too. */
export const useWithdrawConsent = (clientId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ consentId, reason }: { consentId: string; reason: string }) =>
      api<Consent>(`${clientPath(clientId)}/consents/${encodeURIComponent(consentId)}/withdraw`, {
        method: 'POST',
        body: { reason },
      }),
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: queryKeys.clients.all });
      await client.invalidateQueries({ queryKey: queryKeys.referrals.all });
    },
  });
};
