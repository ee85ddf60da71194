// Session notes (SOAP), their measures before and after, amendments, and the alliance check-ins and
// feedback forms sent to clients. Every column holding clinical text or answers ends in _enc
// (sealed under the client's own key, modules/clients/sealed-text.ts); scores and measures are
// figures and stay plain numbers, so progress and practice figures are computed in the database.
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.ts';
import { clients } from './clients.ts';

export const sessionNotes = pgTable(
  'session_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    ownerUserId: text('owner_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    sessionDate: date('session_date').notNull(),
    // The SOAP text, techniques, areas, pressure, home care and which contraindications: one sealed JSON value.
    noteEnc: text('note_enc').notNull(),
    contraindicationsChecked: boolean('contraindications_checked').notNull().default(false),
    painBefore: integer('pain_before'),
    painAfter: integer('pain_after'),
    // subjective | objective | assessment | plan | homeCare | techniques | areas: what the client may see
    sharedParts: text('shared_parts')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    sharedAt: timestamp('shared_at', { withTimezone: true }),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    signedByUserId: text('signed_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    signedByLabel: text('signed_by_label').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('session_notes_client_idx').on(table.clientId, table.sessionDate)],
);

// One goal's score before and after a session. goal_id names a goal of the treatment-plans module
// (linked at merge: no foreign key here).
export const sessionGoalMeasures = pgTable(
  'session_goal_measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessionNotes.id, { onDelete: 'cascade' }),
    goalId: uuid('goal_id').notNull(),
    before: real('before'),
    after: real('after'),
  },
  (table) => [index('session_goal_measures_session_idx').on(table.sessionId)],
);

// Added to a signed note, never changing it.
export const sessionAmendments = pgTable(
  'session_amendments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessionNotes.id, { onDelete: 'cascade' }),
    textEnc: text('text_enc').notNull(),
    authorUserId: text('author_user_id').references(() => user.id, { onDelete: 'set null' }),
    authorLabel: text('author_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('session_amendments_session_idx').on(table.sessionId, table.createdAt)],
);

// A practice's own questionnaire definitions (a licensed instrument, say). The shipped ones live in
// code (modules/alliance-checkins/questionnaires.ts). Item wording is the practice's, not clinical.
export const questionnaires = pgTable(
  'questionnaires',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerUserId: text('owner_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    definition: jsonb('definition').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('questionnaires_owner_idx').on(table.ownerUserId, table.key)],
);

// A form sent to a client: an alliance check-in or the feedback form after a signed session.
export const checkIns = pgTable(
  'check_ins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    ownerUserId: text('owner_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    // alliance | feedback
    kind: text('kind').notNull(),
    // The questionnaire's key, and its definition as sent (so later edits never rescore old answers).
    questionnaireKey: text('questionnaire_key').notNull(),
    definition: jsonb('definition').notNull(),
    sessionId: uuid('session_id').references(() => sessionNotes.id, { onDelete: 'set null' }),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answersEnc: text('answers_enc'),
    // Figures: the scores as the definition scores them, and the mean per item of each subscale.
    scores: jsonb('scores'),
    itemMeans: jsonb('item_means'),
  },
  (table) => [
    index('check_ins_client_idx').on(table.clientId, table.sentAt),
    index('check_ins_owner_idx').on(table.ownerUserId, table.sentAt),
  ],
);

// A practice's alliance settings (the therapist is the practice).
export const allianceSettings = pgTable('alliance_settings', {
  ownerUserId: text('owner_user_id')
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  // An alliance check-in after every Nth signed session; 0 = never automatically.
  checkInEvery: integer('check_in_every').notNull().default(3),
  expectedIntervalDays: integer('expected_interval_days').notNull().default(14),
  questionnaireKey: text('questionnaire_key').notNull().default('kneadwork-massage-alliance'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

// The expected days between visits for one client (until the plan's frequency takes over).
export const clientVisitIntervals = pgTable('client_visit_intervals', {
  clientId: uuid('client_id')
    .primaryKey()
    .references(() => clients.id, { onDelete: 'cascade' }),
  days: integer('days').notNull(),
});
