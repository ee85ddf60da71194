// Goals in the client's words with their measures over time, and the treatment plan made together:
// one plan per client, every change a new version that both sides agree to again. Words (goals,
// activities, plan text, comments) are sealed under the client's key; the measures are figures.
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from './auth.ts';
import { clients } from './clients.ts';

export const clientGoals = pgTable(
  'client_goals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    // { words, activities: [PSFS activity names], rom: { joint, movement } | null }
    goalEnc: text('goal_enc').notNull(),
    tracksPeg: boolean('tracks_peg').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('client_goals_client_idx').on(table.clientId, table.createdAt)],
);

export const clientGoalMeasures = pgTable(
  'client_goal_measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => clientGoals.id, { onDelete: 'cascade' }),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    recordedByUserId: text('recorded_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    sessionId: uuid('session_id'),
    // before | after | null (outside a session)
    moment: text('moment'),
    psfsItems: integer('psfs_items').array(),
    psfs: doublePrecision('psfs'),
    nprs: integer('nprs'),
    pegItems: integer('peg_items').array(),
    peg: doublePrecision('peg'),
    romDegrees: integer('rom_degrees'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('client_goal_measures_goal_idx').on(table.goalId, table.recordedAt)],
);

export const treatmentPlans = pgTable(
  'treatment_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('treatment_plans_client_idx').on(table.clientId)],
);

export const treatmentPlanVersions = pgTable(
  'treatment_plan_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => treatmentPlans.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    // { summary, modalities: [], areas: [] }
    planEnc: text('plan_enc').notNull(),
    sessionsPer: integer('sessions_per').notNull(),
    // week | month
    per: text('per').notNull(),
    durationWeeks: integer('duration_weeks').notNull(),
    reviewOn: date('review_on'),
    goalIds: uuid('goal_ids').array().notNull(),
    createdByUserId: text('created_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    therapistAgreedAt: timestamp('therapist_agreed_at', { withTimezone: true }),
    clientAgreedAt: timestamp('client_agreed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('treatment_plan_versions_plan_version_idx').on(table.planId, table.version)],
);

export const treatmentPlanComments = pgTable(
  'treatment_plan_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => treatmentPlans.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    // client | therapist
    author: text('author').notNull(),
    bodyEnc: text('body_enc').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('treatment_plan_comments_plan_idx').on(table.planId, table.createdAt)],
);
