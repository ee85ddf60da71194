// Circle meetings: the form (one-off or recurring, on the meeting's own clock and zone), a meeting
// and its occurrences as a member sees them, and the RSVP answers. Times of occurrences are ISO
// 8601 with the meeting's local offset (2027-03-09T12:00:00-07:00).
import { z } from 'zod';
import { line, text } from './fields.ts';
import { repeatFormSchema } from './meeting-repeat.ts';

export const placeKinds = ['address', 'room', 'link'] as const;
export type PlaceKind = (typeof placeKinds)[number];
export const rsvpStatuses = ['going', 'waitlisted', 'offered', 'not-going'] as const;
export type RsvpStatus = (typeof rsvpStatuses)[number];

const localStart = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a local date and time (2027-03-09T12:00)');

const timeZone = z.string().trim().min(1, 'is required').max(64, 'must be at most 64 characters');
const durationMinutes = z
  .number('must be a number of minutes')
  .int('must be a whole number of minutes')
  .min(5, 'must be at least 5 minutes')
  .max(24 * 60, 'must be at most 24 hours');

export const meetingCreateSchema = z
  .object({
    title: line(120).min(1, 'is required'),
    description: text(4000).default(''),
    start: localStart,
    timeZone,
    rrule: z.string().trim().max(300, 'must be at most 300 characters').nullish(),
    durationMinutes,
    capacity: z
      .number('must be a number')
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(10_000)
      .nullish(),
    place: z.discriminatedUnion(
      'kind',
      [
        z.object({ kind: z.literal('address'), address: line(300).min(1, 'is required') }),
        z.object({ kind: z.literal('room') }),
        z.object({
          kind: z.literal('link'),
          url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }),
        }),
      ],
      { error: 'must be an address, the circle’s room or a link' },
    ),
    cutoffHours: z
      .number()
      .int()
      .min(0)
      .max(24 * 14)
      .default(24),
  })
  .strict();
export type MeetingCreate = z.input<typeof meetingCreateSchema>;

export const meetingSchema = z.object({
  id: z.uuid(),
  circleId: z.uuid(),
  title: z.string(),
  description: z.string(),
  start: z.string(),
  timeZone: z.string(),
  rrule: z.string().nullable(),
  durationMinutes: z.number(),
  capacity: z.number().nullable(),
  place: z.object({ kind: z.enum(placeKinds), text: z.string() }),
  cutoffHours: z.number(),
  /** The next five starts from now (ISO with the meeting's offset). */
  next: z.array(z.string()),
  /** My answer for the whole series, if I gave one. */
  seriesGoing: z.boolean().nullable(),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const occurrenceSchema = z.object({
  start: z.string(),
  end: z.string(),
  /** paused: a series nobody confirmed for two rounds (organizers confirm to lift it). */
  status: z.enum(['scheduled', 'cancelled', 'moved', 'paused']),
  going: z.number(),
  waitlisted: z.number(),
  capacity: z.number().nullable(),
  mine: z.enum(rsvpStatuses).nullable(),
});
export type Occurrence = z.infer<typeof occurrenceSchema>;
export const occurrenceListSchema = z.object({ items: z.array(occurrenceSchema) });

export const occurrenceQuerySchema = z.object({
  from: z.iso.datetime({ offset: true, error: 'must be a date and time (ISO 8601)' }).optional(),
  to: z.iso.datetime({ offset: true, error: 'must be a date and time (ISO 8601)' }).optional(),
});

export const rsvpSchema = z.object({ going: z.boolean('must be true or false') }).strict();
export const rsvpResultSchema = z.object({ status: z.enum(rsvpStatuses) });
export const seriesRsvpResultSchema = z.object({
  going: z.boolean(),
  /** How each upcoming occurrence came out (the next twelve months). */
  occurrences: z.array(z.object({ start: z.string(), status: z.enum(rsvpStatuses) })),
});

export const meetingParams = z.object({ meetingId: z.uuid('must be a meeting id') });
export const circleMeetingParams = z.object({
  id: z.string().trim().min(1).max(100),
  meetingId: z.uuid('must be a meeting id'),
});
export const occurrenceParams = meetingParams.extend({
  start: z.iso.datetime({ offset: true, error: 'must be an occurrence start (ISO 8601 with its offset)' }),
});
export const calendarFeedSchema = z.object({ url: z.string(), webcal: z.string() });

/** One occurrence changed by an organizer: cancelled, moved (another time, length or place), or back as planned. */
export const occurrenceChangeSchema = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('cancel') }).strict(),
    z
      .object({
        action: z.literal('move'),
        start: localStart.optional(),
        durationMinutes: z
          .number()
          .int()
          .min(5)
          .max(24 * 60)
          .optional(),
        place: line(300).optional(),
      })
      .strict(),
    z.object({ action: z.literal('restore') }).strict(),
  ],
  { error: 'must be cancel, move or restore' },
);
export type OccurrenceChange = z.infer<typeof occurrenceChangeSchema>;

/** POST /api/circles/{id}/meetings/preview: the start, zone and the form's repeat choices. */
export const meetingPreviewSchema = z
  .object({
    start: localStart,
    timeZone,
    durationMinutes: durationMinutes.default(60),
    repeat: repeatFormSchema,
  })
  .strict();
export type MeetingPreviewRequest = z.input<typeof meetingPreviewSchema>;

export const meetingPreviewResultSchema = z.object({
  /** The RRULE to save (null: one-off, or a fifth-weekday question still open). */
  rrule: z.string().nullable(),
  /** The next five starts (ISO with the meeting's offset). */
  next: z.array(z.string()),
  /** Asked when the start is a month's fifth weekday and "monthly on that weekday" is chosen. */
  fifthWeekdayQuestion: z.string().optional(),
});
export type MeetingPreview = z.infer<typeof meetingPreviewResultSchema>;
// — Series edits: "this and following" or every occurrence (PATCH /api/meetings/{meetingId}) —
export const seriesScopes = ['all', 'following'] as const;
export const meetingEditSchema = meetingCreateSchema
  .pick({ title: true, description: true, durationMinutes: true, capacity: true, place: true })
  .partial()
  .extend({
    scope: z.enum(seriesScopes, 'must be all or following'),
    /** "following": the first occurrence to change, its start as the occurrences list gives it. */
    from: z.iso.datetime({ offset: true, error: 'must be an occurrence start (ISO 8601 with its offset)' }).optional(),
    /** A new local time of day for every changed occurrence, on the meeting's own clock. */
    time: z
      .string()
      .trim()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a local time of day (18:30)')
      .optional(),
  })
  .strict()
  .refine((edit) => edit.scope !== 'following' || edit.from !== undefined, {
    path: ['from'],
    message: 'from is required to change this and following occurrences',
  });
export type MeetingEdit = z.infer<typeof meetingEditSchema>;
export const meetingEditResultSchema = z.object({
  /** The meeting that now holds the changed occurrences (a new one when the series was split). */
  meeting: meetingSchema,
  /** The series before the split, ending the occurrence before `from`; null when nothing was split. */
  before: meetingSchema.nullable(),
  /** Cancellations and moves whose date is no longer on the series (local starts), dropped. */
  dropped: z.array(z.string()),
});

// — Attendance and shared notes of one occurrence (/api/meetings/{meetingId}/occurrences/{start}/…) —
export const attendanceUpdateSchema = z
  .object({
    /** Who was there (user ids); everyone else on the list is marked absent. */
    present: z
      .array(z.string().trim().min(1, 'must not be empty').max(100), 'must be a list of people')
      .max(1000, 'must be at most 1000 people'),
  })
  .strict();
export type AttendanceUpdate = z.infer<typeof attendanceUpdateSchema>;
export const attendanceLineSchema = z.object({
  userId: z.string(),
  name: z.string(),
  /** Their answer for the occurrence (null: none, an active member who did not answer). */
  answer: z.enum(rsvpStatuses).nullable(),
  /** null: not marked yet. */
  present: z.boolean().nullable(),
});
export type AttendanceLine = z.infer<typeof attendanceLineSchema>;
export const attendanceSchema = z.object({
  /** Organizers see everyone; a member sees their own line only. */
  canMark: z.boolean(),
  items: z.array(attendanceLineSchema),
});
export type Attendance = z.infer<typeof attendanceSchema>;

export const notesMaxLength = 20_000;
export const notesUpdateSchema = z
  .object({
    body: text(notesMaxLength),
    /** The version the edit started from (0: no notes yet); a newer one saved meanwhile is a 409. */
    version: z.number('must be a number').int('must be a whole number').min(0, 'must be 0 or more'),
  })
  .strict();
export type NotesUpdate = z.infer<typeof notesUpdateSchema>;
export const notesSchema = z.object({
  /** Markdown, for editing. */
  body: z.string(),
  /** The same, rendered and sanitised. */
  html: z.string(),
  version: z.number(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type MeetingNotes = z.infer<typeof notesSchema>;
