// Collaborations: the hub, one campaign / research project / volunteer event, and the actions on
// them. Each write refreshes everything under 'collaborations' (the hub and the open record).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Campaign,
  CampaignCreate,
  CampaignOffer,
  CollaborationsHub,
  CouplesCreate,
  CouplesRequest,
  ResearchCreate,
  ResearchProject,
  VolunteerCreate,
  VolunteerEvent,
} from '../../contracts/collaborations.ts';
import { api } from './http.ts';

export type {
  Campaign,
  CampaignCreate,
  CollaborationsHub,
  CouplesCreate,
  CouplesRequest,
  ResearchCreate,
  ResearchProject,
  VolunteerCreate,
  VolunteerEvent,
};

const root = ['collaborations'] as const;
const enc = encodeURIComponent;

export const useCollaborationsHub = () =>
  useQuery({
    queryKey: [...root, 'hub'],
    queryFn: ({ signal }) => api<CollaborationsHub>('/api/collaborations', { signal }),
  });

const useRecord = <T>(kind: string, url: string) =>
  useQuery({ queryKey: [...root, kind, url], queryFn: ({ signal }) => api<T>(url, { signal }) });

export const useCampaign = (id: string) => useRecord<Campaign>('campaign', `/api/campaigns/${enc(id)}`);
export const useResearchProject = (id: string) =>
  useRecord<ResearchProject>('research', `/api/research-projects/${enc(id)}`);
export const useVolunteerEvent = (id: string) =>
  useRecord<VolunteerEvent>('volunteering', `/api/volunteer-events/${enc(id)}`);

function useCollabWrite<Input, Output>(request: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: request, onSettled: () => client.invalidateQueries({ queryKey: root }) });
}

const post =
  <Body, Output>(url: string, method: 'POST' | 'PUT' | 'DELETE' = 'POST') =>
  (body: Body) =>
    api<Output>(url, { method, body: body ?? {} });

export const useCreateCampaign = () => useCollabWrite(post<CampaignCreate, Campaign>('/api/campaigns'));
export const useCreateResearch = () => useCollabWrite(post<ResearchCreate, ResearchProject>('/api/research-projects'));
export const useCreateVolunteerEvent = () =>
  useCollabWrite(post<VolunteerCreate, VolunteerEvent>('/api/volunteer-events'));
export const useCreateCouples = () => useCollabWrite(post<CouplesCreate, CouplesRequest>('/api/couples-requests'));

export const useAnswerCampaign = (id: string) =>
  useCollabWrite((answer: 'accept' | 'decline') =>
    api<Campaign>(`/api/campaigns/${enc(id)}/${answer}`, { method: 'POST', body: {} }),
  );
export const useCampaignOffer = (id: string) =>
  useCollabWrite(post<CampaignOffer, Campaign>(`/api/campaigns/${enc(id)}/offer`, 'PUT'));
export const useInviteToCampaign = (id: string) =>
  useCollabWrite(post<{ memberSlug: string }, Campaign>(`/api/campaigns/${enc(id)}/invitations`));

export const useShiftSignup = (eventId: string) =>
  useCollabWrite(({ shiftId, join }: { shiftId: string; join: boolean }) =>
    api<VolunteerEvent>(`/api/volunteer-events/${enc(eventId)}/shifts/${enc(shiftId)}/signup`, {
      method: join ? 'POST' : 'DELETE',
      ...(join ? { body: {} } : {}),
    }),
  );

export const useApplyToResearch = (id: string) =>
  useCollabWrite(
    post<{ role: 'collaborator' | 'participant'; note: string }, ResearchProject>(
      `/api/research-projects/${enc(id)}/applications`,
    ),
  );
export const useAnswerApplication = (id: string) =>
  useCollabWrite(({ memberId, answer }: { memberId: string; answer: 'accept' | 'decline' }) =>
    api<ResearchProject>(`/api/research-projects/${enc(id)}/members/${enc(memberId)}/${answer}`, {
      method: 'POST',
      body: {},
    }),
  );

/** Couples requests near a postal code (radius in miles), nearest first; off until a code is given. */
export const useCouplesNear = (near: string, radius: number) =>
  useQuery({
    queryKey: [...root, 'couples', near, radius],
    enabled: near !== '',
    queryFn: ({ signal }) =>
      api<{ items: CouplesRequest[] }>(`/api/couples-requests?near=${enc(near)}&radius=${radius}`, { signal }),
  });

export const useReplyToCouples = () =>
  useCollabWrite(({ id, message }: { id: string; message: string }) =>
    api<{ conversationId: string }>(`/api/couples-requests/${enc(id)}/reply`, { method: 'POST', body: { message } }),
  );
