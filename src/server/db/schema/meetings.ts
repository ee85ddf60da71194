// Circle meetings: a series as RFC 5545 keeps it (local start on an IANA zone, RRULE, EXDATEs,
// per-occurrence overrides; the engine is modules/circles/recurrence), the seats of each
// occurrence, who goes or waits, a member's standing answer for a whole series, and the secret
// id of each member's calendar feed, attendance and shared notes per occurrence (docs/circles.md).
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from './auth.ts';
import { circles } from './circles.ts';

export const circleMeetings = pgTable(
  'circle_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    circleId: uuid('circle_id')
      .notNull()
      .references(() => circles.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    // The first occurrence on the meeting's own clock ('2027-03-09T12:00') and its zone.
    startLocal: text('start_local').notNull(),
    timeZone: text('time_zone').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    rrule: text('rrule'),
    exdates: text('exdates')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    // [{ recurrenceId, status: 'cancelled'|'moved', start?, durationMinutes?, place? }]
    overrides: jsonb('overrides')
      .notNull()
      .default(sql`'[]'::jsonb`),
    // address | room | link
    placeKind: text('place_kind').notNull(),
    place: text('place').notNull().default(''),
    capacity: integer('capacity'),
    // Within this many hours of the start, a freed seat is offered to the next in line for a while
    // instead of given outright: they may no longer be able to come.
    cutoffHours: integer('cutoff_hours').notNull().default(24),
    // Bumped on every change, so calendar clients replace their copy (SEQUENCE).
    sequence: integer('sequence').notNull().default(0),
    // The stale-series guard: a recurring series is confirmed by an organizer every 90 days; two
    // confirmations missed pause its future occurrences until someone confirms again.
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull().defaultNow(),
    confirmationsAsked: integer('confirmations_asked').notNull().default(0),
    pausedAt: timestamp('paused_at', { withTimezone: true }),
    // The first start and the last end as instants (null: the series never ends), for listing.
    firstStartAt: timestamp('first_start_at', { withTimezone: true }).notNull(),
    lastEndAt: timestamp('last_end_at', { withTimezone: true }),
    createdByUserId: text('created_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('circle_meetings_circle_idx').on(table.circleId, table.firstStartAt),
    check('circle_meetings_capacity', sql`${table.capacity} IS NULL OR ${table.capacity} > 0`),
  ],
);

// One row per occurrence that anyone answered: the seats taken (going and offered). Changed only by
// a conditional UPDATE in the same transaction as the answer, so capacity holds under any load.
export const meetingSeats = pgTable(
  'meeting_seats',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => circleMeetings.id, { onDelete: 'cascade' }),
    // The occurrence's RECURRENCE-ID: its start as the rule made it, local to the meeting's zone.
    occurrence: text('occurrence').notNull(),
    taken: integer('taken').notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.meetingId, table.occurrence] }),
    check('meeting_seats_taken', sql`${table.taken} >= 0`),
  ],
);

export const meetingRsvps = pgTable(
  'meeting_rsvps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => circleMeetings.id, { onDelete: 'cascade' }),
    occurrence: text('occurrence').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    // going | waitlisted | offered | not-going
    status: text('status').notNull(),
    // The waiting line's order: taken from a sequence when someone (re)joins the line.
    position: bigserial('position', { mode: 'number' }).notNull(),
    offeredUntil: timestamp('offered_until', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('meeting_rsvps_once').on(table.meetingId, table.occurrence, table.userId),
    index('meeting_rsvps_line_idx').on(table.meetingId, table.occurrence, table.status, table.position),
    index('meeting_rsvps_user_idx').on(table.userId, table.status),
  ],
);

/** A member's answer for every occurrence of a series, present and future. */
export const meetingSeriesRsvps = pgTable(
  'meeting_series_rsvps',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => circleMeetings.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    going: boolean('going').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.meetingId, table.userId] })],
);

/** The id in a member's private calendar feed address; a new one revokes the old address. */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: text('user_id')
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  feedId: text('feed_id').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Who was there, per occurrence, as an organizer marked it (docs/circles.md, Attendance). */
export const meetingAttendance = pgTable(
  'meeting_attendance',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => circleMeetings.id, { onDelete: 'cascade' }),
    // The occurrence's RECURRENCE-ID, as meeting_rsvps keys it.
    occurrence: text('occurrence').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    present: boolean('present').notNull(),
    markedByUserId: text('marked_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    markedAt: timestamp('marked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.meetingId, table.occurrence, table.userId] })],
);

/** The members' shared notes of one occurrence; `version` goes up on every save (optimistic concurrency). */
export const meetingNotes = pgTable(
  'meeting_notes',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => circleMeetings.id, { onDelete: 'cascade' }),
    occurrence: text('occurrence').notNull(),
    body: text('body').notNull(),
    version: integer('version').notNull(),
    updatedByUserId: text('updated_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.meetingId, table.occurrence] }),
    check('meeting_notes_version', sql`${table.version} > 0`),
  ],
);

// — Guests invited to one occurrence (meeting-guests.service.ts): not members; after accepting
// they wait in the circle's room for a host from 10 minutes before that occurrence until it ends. —
export const meetingGuests = pgTable(
  'meeting_guests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => circleMeetings.id, { onDelete: 'cascade' }),
    // The occurrence's RECURRENCE-ID, as meeting_rsvps keys it.
    occurrence: text('occurrence').notNull(),
    email: text('email').notNull(),
    // Only the SHA-256 of the emailed token (circles/invitation-tokens.ts).
    tokenHash: text('token_hash').notNull().unique(),
    invitedByUserId: text('invited_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    // Null until someone accepts: then the one user the invitation is bound to.
    userId: text('user_id').references(() => user.id, { onDelete: 'cascade' }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    // The occurrence's end: the link opens nothing after it.
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('meeting_guests_meeting_idx').on(table.meetingId, table.occurrence),
    index('meeting_guests_user_idx').on(table.userId),
  ],
);
