// The client portal (the client's side) and the therapist's view of a client's portal access.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Consent } from '../../contracts/clients.ts';
import type { PortalAccessLog, PortalInvitationState, PortalRecord, PortalSession } from '../../contracts/portal.ts';
import { api } from './http.ts';

export type { PortalAccessLog, PortalInvitationState, PortalRecord, PortalSession };

export const portalKeys = {
  all: ['portal'] as const,
  session: ['portal', 'session'] as const,
  record: (clientId: string) => ['portal', 'record', clientId] as const,
  accessLog: (clientId: string) => ['portal', 'access-log', clientId] as const,
  consents: (clientId: string) => ['portal', 'consents', clientId] as const,
  invitation: (clientId: string) => ['clients', 'portal', clientId] as const,
};
const recordPath = (clientId: string) => `/api/portal/records/${encodeURIComponent(clientId)}`;

/** The signed-in client, or null when nobody is (a 401 is an answer here, not an error). */
export const usePortalSession = () =>
  useQuery({
    queryKey: portalKeys.session,
    queryFn: async ({ signal }) => {
      try {
        return await api<PortalSession>('/api/portal/session', { signal });
      } catch (error) {
        if ((error as { status?: number }).status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
    retry: false,
  });

export const usePortalRecord = (clientId: string) =>
  useQuery({
    queryKey: portalKeys.record(clientId),
    queryFn: ({ signal }) => api<PortalRecord>(recordPath(clientId), { signal }),
    retry: false,
  });

export const usePortalAccessLog = (clientId: string, enabled: boolean) =>
  useQuery({
    queryKey: portalKeys.accessLog(clientId),
    queryFn: ({ signal }) => api<PortalAccessLog>(`${recordPath(clientId)}/access-log`, { signal }),
    select: (data) => data.items,
    enabled,
  });

export const usePortalConsents = (clientId: string) =>
  useQuery({
    queryKey: portalKeys.consents(clientId),
    queryFn: ({ signal }) => api<{ items: Consent[] }>(`${recordPath(clientId)}/consents`, { signal }),
    select: (data) => data.items,
  });

export function useWithdrawMyConsent(clientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ consentId, reason }: { consentId: string; reason: string }) =>
      api<{ items: Consent[] }>(`${recordPath(clientId)}/consents/${encodeURIComponent(consentId)}/withdraw`, {
        method: 'POST',
        body: { reason },
      }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: portalKeys.consents(clientId) });
      await client.invalidateQueries({ queryKey: portalKeys.accessLog(clientId) });
    },
  });
}

export const requestPortalLink = (email: string) =>
  api('/api/portal/sign-in-link', { method: 'POST', body: { email } });

/** Anything that changes who is signed in to the portal drops every portal answer. */
function usePortalSessionChange<Input>(request: (input: Input) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => client.removeQueries({ queryKey: portalKeys.all }),
  });
}
export const usePortalPasswordSignIn = () =>
  usePortalSessionChange((input: { email: string; password: string }) =>
    api('/api/portal/sign-in/password', { method: 'POST', body: input }),
  );
export const usePortalSignOut = () =>
  usePortalSessionChange(() => api('/api/portal/sign-out', { method: 'POST', body: {} }));
export const useSetPortalPassword = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => api('/api/portal/password', { method: 'PUT', body: { password } }),
    onSuccess: () => client.invalidateQueries({ queryKey: portalKeys.session }),
  });
};

// The therapist's side.
const clientPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;
export const usePortalInvitation = (clientId: string) =>
  useQuery({
    queryKey: portalKeys.invitation(clientId),
    queryFn: ({ signal }) => api<PortalInvitationState>(`${clientPath(clientId)}/portal`, { signal }),
  });
export function usePortalInvitationChange(clientId: string, action: 'invite' | 'portal/end') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<PortalInvitationState>(`${clientPath(clientId)}/${action}`, { method: 'POST', body: {} }),
    onSuccess: (state) => client.setQueryData(portalKeys.invitation(clientId), state),
  });
}
