// A meeting as RFC 5545 stores it: a local start on a named IANA zone, a length, an RRULE, the
// EXDATEs and the per-occurrence overrides (RECURRENCE-ID). This is the value the circles
// repository keeps and the only input the engine needs; nothing here knows about the database.
import type { LocalDateTime } from './local-time.ts';

export type OccurrenceStatus = 'scheduled' | 'cancelled' | 'moved';

/**
 * One occurrence changed on its own. `recurrenceId` is the occurrence's start as the rule made
 * it (local, the series' zone). 'cancelled' keeps it visible as cancelled (and writes a
 * STATUS:CANCELLED instance to calendars); 'moved' is another time, length or place.
 */
export type OccurrenceOverride = {
  recurrenceId: LocalDateTime;
  status: 'cancelled' | 'moved';
  start?: LocalDateTime;
  durationMinutes?: number;
  place?: string;
};

export type MeetingSeries = {
  /** The first occurrence, on the meeting's clock: '2027-03-09T12:00'. */
  start: LocalDateTime;
  timeZone: string;
  durationMinutes: number;
  /** RRULE value ('FREQ=MONTHLY;BYDAY=2TU'); null for a one-off meeting. */
  rrule: string | null;
  /** Occurrences removed from the series altogether (not shown, not even as cancelled). */
  exdates: LocalDateTime[];
  overrides: OccurrenceOverride[];
};

export type Occurrence = {
  recurrenceId: LocalDateTime;
  /** ISO 8601 with the meeting's own offset: 2027-03-09T12:00:00-07:00. */
  start: string;
  end: string;
  status: OccurrenceStatus;
  /** Only when this occurrence is somewhere other than the meeting's usual place. */
  place?: string;
};
