// Guests of one date of a meeting (organizers): the list, inviting by email, revoking. Under the
// circles key, so every circle write refreshes it.
import { useQuery } from '@tanstack/react-query';
import type { MeetingGuest, MeetingGuestCreate } from '../../contracts/meeting-guests.ts';
import { useCircleWrite } from './circles.ts';
import { api } from './http.ts';

export type { MeetingGuest } from '../../contracts/meeting-guests.ts';

const guestsPath = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}/guests`;

export const useMeetingGuests = (meetingId: string) =>
  useQuery({
    queryKey: ['circles', 'meeting', meetingId, 'guests'] as const,
    queryFn: ({ signal }) => api<{ items: MeetingGuest[] }>(guestsPath(meetingId), { signal }),
    select: (data) => data.items,
  });

export const useInviteGuest = (meetingId: string) =>
  useCircleWrite((body: MeetingGuestCreate) => api<MeetingGuest>(guestsPath(meetingId), { method: 'POST', body }));

export const useRevokeGuest = (meetingId: string) =>
  useCircleWrite((guestId: string) =>
    api<MeetingGuest>(`${guestsPath(meetingId)}/${encodeURIComponent(guestId)}`, { method: 'DELETE' }),
  );
