// The attendance checklist and the shared notes of one meeting date. Saves go through
// useCircleWrite, so the lists under the circles key (and these) are asked again afterwards.
import { useQuery } from '@tanstack/react-query';
import type { Attendance, MeetingNotes, NotesUpdate, Occurrence } from '../../contracts/meetings.ts';
import { circlePath, useCircleWrite } from './circles.ts';
import { api, ApiError } from './http.ts';
import { queryKeys } from './query-keys.ts';

export type { Attendance, AttendanceLine, MeetingNotes } from '../../contracts/meetings.ts';

const pathOf = (meetingId: string, start: string, what: 'attendance' | 'notes') =>
  `/api/meetings/${encodeURIComponent(meetingId)}/occurrences/${encodeURIComponent(start)}/${what}`;

export const useAttendance = (meetingId: string, start: string) =>
  useQuery({
    queryKey: queryKeys.circles.attendance(meetingId, start),
    queryFn: ({ signal }) => api<Attendance>(pathOf(meetingId, start, 'attendance'), { signal }),
  });

export const useMarkAttendance = (meetingId: string, start: string) =>
  useCircleWrite((body: { present: string[] }) =>
    api<Attendance>(pathOf(meetingId, start, 'attendance'), { method: 'PUT', body }),
  );

export const useNotes = (meetingId: string, start: string) =>
  useQuery({
    queryKey: queryKeys.circles.notes(meetingId, start),
    queryFn: ({ signal }) => api<MeetingNotes>(pathOf(meetingId, start, 'notes'), { signal }),
  });

/** Saves over the version read; on a 409 (someone saved first) `onStale` gets their newer notes, then the error is thrown on. */
export const useSaveNotes = (meetingId: string, start: string, onStale: (latest: MeetingNotes) => void) =>
  useCircleWrite((body: NotesUpdate) =>
    api<MeetingNotes>(pathOf(meetingId, start, 'notes'), { method: 'PUT', body }).catch(async (error: unknown) => {
      if (error instanceof ApiError && error.status === 409)
        onStale(await api<MeetingNotes>(pathOf(meetingId, start, 'notes')));
      throw error;
    }),
  );

/** The dates from `days` ago to the end of today (where attendance and notes are taken), newest first. */
export const useRecentOccurrences = (circleId: string, meetingId: string, days: number) =>
  useQuery({
    queryKey: queryKeys.circles.occurrences(meetingId, `recent-${days}`),
    queryFn: ({ signal }) => {
      const endOfToday = new Date();
      endOfToday.setHours(23, 59, 59, 999);
      const from = new Date(Date.now() - days * 86_400_000).toISOString();
      const path = `${circlePath(circleId)}/meetings/${encodeURIComponent(meetingId)}/occurrences`;
      const range = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(endOfToday.toISOString())}`;
      return api<{ items: Occurrence[] }>(`${path}?${range}`, { signal });
    },
    select: (data) => data.items.filter((item) => item.status !== 'cancelled').reverse(),
  });
