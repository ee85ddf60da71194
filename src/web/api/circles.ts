// Circles: finding them, one circle (by id or slug), its members and invitations, and every
// membership write. Every write refreshes everything under the circles key: a join changes the
// circle's counts, my circles and its members at once.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Circle,
  CircleCreate,
  CircleInvite,
  CircleInviteResult,
  CircleList,
  CircleMember,
  CircleMemberStatus,
  CircleRole,
  CircleUpdate,
} from '../../contracts/circles.ts';
import { api } from './http.ts';
import { queryKeys } from './query-keys.ts';

export type { Circle, CircleList, CircleMember, CircleSummary } from '../../contracts/circles.ts';

export type CircleInvitation = {
  id: string;
  kind: 'link' | 'email';
  email: string | null;
  uses: number;
  revoked: boolean;
  accepted: boolean;
  expiresAt: string | null;
  createdAt: string;
};

export const circlePath = (idOrSlug: string) => `/api/circles/${encodeURIComponent(idOrSlug)}`;

export const useCircles = (query: string, enabled = true) =>
  useQuery({
    queryKey: queryKeys.circles.list(query),
    queryFn: ({ signal }) => api<CircleList>(`/api/circles?${query}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useCircle = (idOrSlug: string) =>
  useQuery({
    queryKey: queryKeys.circle(idOrSlug),
    queryFn: ({ signal }) => api<Circle>(circlePath(idOrSlug), { signal }),
  });

export const useCircleMembers = (idOrSlug: string, status: CircleMemberStatus, enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.circles.members(idOrSlug, status),
    queryFn: ({ signal }) =>
      api<{ items: CircleMember[] }>(`${circlePath(idOrSlug)}/members?status=${status}`, { signal }),
    select: (data) => data.items,
    enabled,
  });

export const useCircleInvitations = (idOrSlug: string) =>
  useQuery({
    queryKey: queryKeys.circles.invitations(idOrSlug),
    queryFn: ({ signal }) => api<{ items: CircleInvitation[] }>(`${circlePath(idOrSlug)}/invitations`, { signal }),
    select: (data) => data.items,
  });

/** A write about circles: afterwards everything under the circles key is asked again. */
export function useCircleWrite<Input, Output>(request: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.circles.all }),
  });
}

export const useStartCircle = () =>
  useCircleWrite((body: CircleCreate) =>
    api<Circle & { invited: CircleInviteResult }>('/api/circles', { method: 'POST', body }),
  );

export const useUpdateCircle = (idOrSlug: string) =>
  useCircleWrite((body: CircleUpdate) => api<Circle>(circlePath(idOrSlug), { method: 'PATCH', body }));

export const useJoinCircle = (idOrSlug: string) =>
  useCircleWrite(() => api<Circle>(`${circlePath(idOrSlug)}/members`, { method: 'POST' }));

export const useLeaveCircle = (idOrSlug: string) =>
  useCircleWrite(() => api<null>(`${circlePath(idOrSlug)}/members/me`, { method: 'DELETE' }));

export type MemberAction = 'approve' | 'decline' | 'remove' | 'ban' | { role: CircleRole };

export const useMemberAction = (idOrSlug: string) =>
  useCircleWrite(({ memberId, action }: { memberId: string; action: MemberAction }) => {
    const path = `${circlePath(idOrSlug)}/members/${encodeURIComponent(memberId)}`;
    if (action === 'remove') return api<CircleMember>(path, { method: 'DELETE' });
    if (typeof action === 'object') return api<CircleMember>(`${path}/role`, { method: 'POST', body: action });
    return api<CircleMember>(`${path}/${action}`, { method: 'POST' });
  });

export const useInvite = (idOrSlug: string) =>
  useCircleWrite((body: CircleInvite) =>
    api<CircleInviteResult>(`${circlePath(idOrSlug)}/invitations`, { method: 'POST', body }),
  );

export const useCreateLink = (idOrSlug: string) =>
  useCircleWrite(() =>
    api<CircleInvitation & { url: string }>(`${circlePath(idOrSlug)}/invitations/link`, { method: 'POST' }),
  );

export const useRevokeInvitation = (idOrSlug: string) =>
  useCircleWrite((invitationId: string) =>
    api<CircleInvitation>(`${circlePath(idOrSlug)}/invitations/${encodeURIComponent(invitationId)}`, {
      method: 'DELETE',
    }),
  );
