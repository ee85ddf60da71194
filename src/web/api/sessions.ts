// Session notes, progress, the alliance check-ins and feedback (therapist side), the practice's
// alliance figures and retention, and the portal's forms and shared notes. Keys sit under the
// client's record (['clients', 'one', id, …]) so a change to the client refreshes them too.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Alliance,
  AllianceSummary,
  CheckIn,
  CheckInAnswer,
  PortalCheckIn,
  Questionnaire,
  RebookingDraft,
  Retention,
} from '../../contracts/alliance.ts';
import type {
  NotePart,
  Progress,
  SessionNote,
  SessionNoteCreate,
  SessionNoteUpdate,
  SharedNote,
} from '../../contracts/sessions.ts';
import { api } from './http.ts';

export type {
  Alliance,
  AllianceSummary,
  PortalCheckIn,
  Progress,
  Questionnaire,
  Retention,
  SessionNote,
  SharedNote,
  NotePart,
};

const clientPath = (id: string) => `/api/clients/${encodeURIComponent(id)}`;
export const sessionKeys = {
  sessions: (id: string) => ['clients', 'one', id, 'sessions'] as const,
  progress: (id: string) => ['clients', 'one', id, 'progress'] as const,
  alliance: (id: string) => ['clients', 'one', id, 'alliance'] as const,
  practice: ['alliance'] as const,
  summary: ['alliance', 'summary'] as const,
  retention: ['alliance', 'retention'] as const,
  questionnaires: ['alliance', 'questionnaires'] as const,
  portalCheckIns: ['portal', 'check-ins'] as const,
  portalNotes: (clientId: string | undefined) => ['portal', 'notes', clientId ?? 'all'] as const,
};

export const useSessions = (clientId: string) =>
  useQuery({
    queryKey: sessionKeys.sessions(clientId),
    queryFn: ({ signal }) => api<{ items: SessionNote[] }>(`${clientPath(clientId)}/sessions`, { signal }),
    select: (data) => data.items,
  });
export const useProgress = (clientId: string) =>
  useQuery({
    queryKey: sessionKeys.progress(clientId),
    queryFn: ({ signal }) => api<Progress>(`${clientPath(clientId)}/progress`, { signal }),
  });
export const useAlliance = (clientId: string) =>
  useQuery({
    queryKey: sessionKeys.alliance(clientId),
    queryFn: ({ signal }) => api<Alliance>(`${clientPath(clientId)}/alliance`, { signal }),
  });

/** Any write about a client's sessions refreshes its notes, progress and alliance. */
function useClientSessionWrite<Input, Output>(clientId: string, request: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: sessionKeys.sessions(clientId) });
      await client.invalidateQueries({ queryKey: sessionKeys.progress(clientId) });
      await client.invalidateQueries({ queryKey: sessionKeys.alliance(clientId) });
    },
  });
}

export const useLogSession = (clientId: string) =>
  useClientSessionWrite(clientId, (input: SessionNoteCreate) =>
    api<SessionNote>(`${clientPath(clientId)}/sessions`, { method: 'POST', body: input }),
  );
export const useUpdateSession = (clientId: string, sessionId: string) =>
  useClientSessionWrite(clientId, (input: SessionNoteUpdate) =>
    api<SessionNote>(`${clientPath(clientId)}/sessions/${sessionId}`, { method: 'PATCH', body: input }),
  );
export const useSignSession = (clientId: string) =>
  useClientSessionWrite(clientId, (sessionId: string) =>
    api<SessionNote>(`${clientPath(clientId)}/sessions/${sessionId}/sign`, { method: 'POST' }),
  );
export const useAmendSession = (clientId: string) =>
  useClientSessionWrite(clientId, ({ sessionId, text }: { sessionId: string; text: string }) =>
    api<SessionNote>(`${clientPath(clientId)}/sessions/${sessionId}/amendments`, { method: 'POST', body: { text } }),
  );
export const useShareSession = (clientId: string) =>
  useClientSessionWrite(clientId, ({ sessionId, parts }: { sessionId: string; parts: NotePart[] }) =>
    api<SessionNote>(`${clientPath(clientId)}/sessions/${sessionId}/share`, { method: 'POST', body: { parts } }),
  );
export const useSendCheckIn = (clientId: string) =>
  useClientSessionWrite(clientId, (questionnaire: string) =>
    api<CheckIn>(`${clientPath(clientId)}/check-ins`, { method: 'POST', body: { questionnaire } }),
  );

export const useAllianceSummary = () =>
  useQuery({
    queryKey: sessionKeys.summary,
    queryFn: ({ signal }) => api<AllianceSummary>('/api/alliance/summary', { signal }),
  });
export const useRetention = () =>
  useQuery({
    queryKey: sessionKeys.retention,
    queryFn: ({ signal }) => api<Retention>('/api/alliance/retention', { signal }),
  });
export const useRebookingDraft = (clientId: string | null) =>
  useQuery({
    queryKey: ['alliance', 'rebooking', clientId ?? ''],
    queryFn: ({ signal }) => api<RebookingDraft>(`${clientPath(clientId!)}/rebooking-reminder`, { signal }),
    enabled: !!clientId,
    staleTime: Infinity,
  });
export const useSendRebooking = (clientId: string) =>
  useMutation({
    mutationFn: (mail: { subject: string; text: string }) =>
      api<{ sentTo: string }>(`${clientPath(clientId)}/rebooking-reminder`, { method: 'POST', body: mail }),
  });

export const usePortalCheckIns = () =>
  useQuery({
    queryKey: sessionKeys.portalCheckIns,
    queryFn: ({ signal }) => api<{ items: PortalCheckIn[] }>('/api/portal/check-ins', { signal }),
    select: (data) => data.items,
  });
export const useAnswerCheckIn = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer }: { id: string; answer: CheckInAnswer }) =>
      api<{ scores: Record<string, number> }>(`/api/portal/check-ins/${encodeURIComponent(id)}`, {
        method: 'POST',
        body: answer,
      }),
    onSettled: () => client.invalidateQueries({ queryKey: sessionKeys.portalCheckIns }),
  });
};
export const usePortalSharedNotes = (clientId?: string) =>
  useQuery({
    queryKey: sessionKeys.portalNotes(clientId),
    queryFn: ({ signal }) =>
      api<{ items: SharedNote[] }>(
        clientId ? `/api/portal/records/${encodeURIComponent(clientId)}/notes` : '/api/portal/notes',
        { signal },
      ),
    select: (data) => data.items,
  });
