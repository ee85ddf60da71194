// A circle's meetings: the list with each one's next dates, one meeting and its occurrences, the
// form's preview and saving, answers (one occurrence or the whole series), organizers' changes,
// and my calendar feed. Writes refresh everything under the circles key (counts and my answers).
import { useQuery, useQueryClient, useMutation } from '@tanstack/react-query';
import type {
  Meeting,
  MeetingCreate,
  MeetingEdit,
  MeetingPreview,
  MeetingPreviewRequest,
  Occurrence,
  OccurrenceChange,
  RsvpStatus,
} from '../../contracts/meetings.ts';
import { circlePath, useCircleWrite } from './circles.ts';
import { api } from './http.ts';
import { queryKeys } from './query-keys.ts';

export type { Meeting, MeetingPreview, Occurrence, RsvpStatus } from '../../contracts/meetings.ts';

const meetingPath = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}`;
export const calendarFileOf = (meetingId: string) => `${meetingPath(meetingId)}/calendar.ics`;

export const useMeetings = (idOrSlug: string) =>
  useQuery({
    queryKey: queryKeys.circles.meetings(idOrSlug),
    queryFn: ({ signal }) => api<{ items: Meeting[] }>(`${circlePath(idOrSlug)}/meetings`, { signal }),
    select: (data) => data.items,
  });

export const useMeeting = (meetingId: string) =>
  useQuery({
    queryKey: queryKeys.circles.meeting(meetingId),
    queryFn: ({ signal }) => api<Meeting>(meetingPath(meetingId), { signal }),
  });

/** Occurrences from now: the next `days` days (the API's default window is a year). */
export const useOccurrences = (circleId: string, meetingId: string, days: number) =>
  useQuery({
    queryKey: queryKeys.circles.occurrences(meetingId, String(days)),
    queryFn: ({ signal }) => {
      const to = new Date(Date.now() + days * 86_400_000).toISOString();
      const path = `${circlePath(circleId)}/meetings/${encodeURIComponent(meetingId)}/occurrences`;
      return api<{ items: Occurrence[] }>(`${path}?to=${encodeURIComponent(to)}`, { signal });
    },
    select: (data) => data.items,
  });

export const previewMeeting = (idOrSlug: string, body: MeetingPreviewRequest) =>
  api<MeetingPreview>(`${circlePath(idOrSlug)}/meetings/preview`, { method: 'POST', body });

export const usePlanMeeting = (idOrSlug: string) =>
  useCircleWrite((body: MeetingCreate) => api<Meeting>(`${circlePath(idOrSlug)}/meetings`, { method: 'POST', body }));

export const useRsvp = (meetingId: string) =>
  useCircleWrite(({ start, going }: { start: string | null; going: boolean }): Promise<unknown> =>
    start === null
      ? api<{ going: boolean }>(`${meetingPath(meetingId)}/rsvp`, { method: 'POST', body: { going } })
      : api<{ status: RsvpStatus }>(`${meetingPath(meetingId)}/occurrences/${encodeURIComponent(start)}/rsvp`, {
          method: 'POST',
          body: { going },
        }),
  );

export const useChangeOccurrence = (meetingId: string) =>
  useCircleWrite(({ start, change }: { start: string; change: OccurrenceChange }) =>
    api<unknown>(`${meetingPath(meetingId)}/occurrences/${encodeURIComponent(start)}/change`, {
      method: 'POST',
      body: change,
    }),
  );

/** Changes every date of a series, or this date and the following ones (a split: a new meeting). */
export const useEditSeries = (meetingId: string) =>
  useCircleWrite((body: MeetingEdit) =>
    api<{ meeting: Meeting; before: Meeting | null; dropped: string[] }>(meetingPath(meetingId), {
      method: 'PATCH',
      body,
    }),
  );

export const useConfirmSeries = (meetingId: string) =>
  useCircleWrite(() => api<unknown>(`${meetingPath(meetingId)}/confirm`, { method: 'POST' }));

type CalendarFeed = { url: string; webcal: string };

export const useCalendarFeed = () =>
  useQuery({
    queryKey: queryKeys.calendarFeed,
    queryFn: ({ signal }) => api<CalendarFeed>('/api/me/calendar', { signal }),
  });

export function useRevokeCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<CalendarFeed>('/api/me/calendar/revoke', { method: 'POST' }),
    onSuccess: (feed) => client.setQueryData(queryKeys.calendarFeed, feed),
  });
}
