// Mentorship: what a member offers as a mentor and seeks as a mentee (whether they do at all is
// the profile's offeringMentorship / seekingMentor flags), the mentorships between two members,
// and the shared space of an accepted one: goals, check-ins, and each party's private note.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from './auth.ts';

const textList = (name: string) =>
  text(name)
    .array()
    .notNull()
    .default(sql`'{}'::text[]`);

export const mentoringProfiles = pgTable(
  'mentoring_profiles',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => user.id, { onDelete: 'cascade' }),
    offerAreas: textList('offer_areas'),
    capacity: integer('capacity').notNull().default(1),
    // in-person | online | both
    offerFormat: text('offer_format').notNull().default('both'),
    offerTimeZone: text('offer_time_zone'),
    offerNote: text('offer_note').notNull().default(''),
    // Accepted mentorships still running: changed only by `UPDATE … WHERE active_mentees < capacity`
    // on accept and by the end of one, so the capacity holds under concurrent accepts.
    activeMentees: integer('active_mentees').notNull().default(0),
    showMentoredCount: boolean('show_mentored_count').notNull().default(false),
    seekAreas: textList('seek_areas'),
    seekNote: text('seek_note').notNull().default(''),
    seekFormat: text('seek_format').notNull().default('both'),
    // Set by moderation: the offer is out of every suggestion and its count off the profile.
    offerHiddenAt: timestamp('offer_hidden_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('mentoring_capacity_range', sql`${table.capacity} BETWEEN 1 AND 10`),
    check('mentoring_active_within', sql`${table.activeMentees} >= 0`),
  ],
);

export const mentorships = pgTable(
  'mentorships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mentorUserId: text('mentor_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    menteeUserId: text('mentee_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    // requested | active | declined | ended
    status: text('status').notNull().default('requested'),
    message: text('message').notNull().default(''),
    declineNote: text('decline_note').notNull().default(''),
    mentorFeedback: text('mentor_feedback').notNull().default(''),
    menteeFeedback: text('mentee_feedback').notNull().default(''),
    endedByUserId: text('ended_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('mentorships_mentor_idx').on(table.mentorUserId, table.status),
    index('mentorships_mentee_idx').on(table.menteeUserId, table.status),
    // One open (requested or active) mentorship per pair: a second request is a 409, not a twin.
    uniqueIndex('mentorships_open_pair_idx')
      .on(table.mentorUserId, table.menteeUserId)
      .where(sql`${table.status} in ('requested', 'active')`),
    check('mentorships_two_members', sql`${table.mentorUserId} <> ${table.menteeUserId}`),
  ],
);

export const mentorshipGoals = pgTable(
  'mentorship_goals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mentorshipId: uuid('mentorship_id')
      .notNull()
      .references(() => mentorships.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    createdByUserId: text('created_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('mentorship_goals_mentorship_idx').on(table.mentorshipId, table.createdAt)],
);

export const mentorshipCheckIns = pgTable(
  'mentorship_check_ins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mentorshipId: uuid('mentorship_id')
      .notNull()
      .references(() => mentorships.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    // When the reminder is due (null: no reminder); reminded_at is its once-only claim.
    remindAt: timestamp('remind_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdByUserId: text('created_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('mentorship_check_ins_mentorship_idx').on(table.mentorshipId, table.startsAt),
    index('mentorship_check_ins_due_idx')
      .on(table.remindAt)
      .where(sql`${table.remindedAt} is null and ${table.remindAt} is not null`),
  ],
);

/** Each party's private note on the mentorship: read only by its author. */
export const mentorshipNotes = pgTable(
  'mentorship_notes',
  {
    mentorshipId: uuid('mentorship_id')
      .notNull()
      .references(() => mentorships.id, { onDelete: 'cascade' }),
    authorUserId: text('author_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    text: text('text').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.mentorshipId, table.authorUserId] })],
);
