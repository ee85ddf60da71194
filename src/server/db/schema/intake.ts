// Intake: a practice's own copies of the intake definition (each save a new version; the shipped
// default lives in the repository) and each client's intake submissions, one row per version.
// Answers are sealed under the client's key (answers_enc); the raised flags are plain ids from the
// definition (no words), so any screen can show them without opening the answers.
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.ts';
import { clients } from './clients.ts';

export const intakeDefinitions = pgTable(
  'intake_definitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerUserId: text('owner_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    // The form itself (titles, questions, options): the practice's words, not a client's.
    definition: jsonb('definition').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('intake_definitions_owner_version_idx').on(table.ownerUserId, table.version)],
);

export const intakeSubmissions = pgTable(
  'intake_submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    // default | practice, and the version of that definition the answers were given to
    definitionSource: text('definition_source').notNull(),
    definitionVersion: integer('definition_version').notNull(),
    answersEnc: text('answers_enc').notNull(),
    flags: text('flags').array().notNull(),
    // therapist | client
    submittedBy: text('submitted_by').notNull(),
    submittedByUserId: text('submitted_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('intake_submissions_client_version_idx').on(table.clientId, table.version),
    index('intake_submissions_client_idx').on(table.clientId, table.createdAt),
  ],
);
