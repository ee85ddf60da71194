// The alliance builder: a member's private list of the professionals they know, where each
// relationship stands (stage), what happened (interactions), and imports awaiting confirmation.
import { sql } from 'drizzle-orm';
import { date, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.ts';
import { profiles } from './profiles.ts';

const blank = (name: string) => text(name).notNull().default('');

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerUserId: text('owner_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    profession: text('profession').notNull().default('other'),
    organisation: blank('organisation'),
    phone: blank('phone'),
    email: blank('email'),
    street: blank('street'),
    city: blank('city'),
    region: blank('region'),
    postalCode: blank('postal_code'),
    country: blank('country'),
    howWeMet: blank('how_we_met'),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    notes: blank('notes'),
    // identified → introduced → met → trading → allied, or not-now
    stage: text('stage').notNull().default('identified'),
    stageChangedAt: timestamp('stage_changed_at', { withTimezone: true }).notNull().defaultNow(),
    linkedProfileId: uuid('linked_profile_id').references(() => profiles.id, { onDelete: 'set null' }),
    followUpOn: date('follow_up_on'),
    followUpNote: blank('follow_up_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('contacts_owner_stage_idx').on(table.ownerUserId, table.stage),
    index('contacts_owner_email_idx').on(table.ownerUserId, sql`lower(${table.email})`),
    index('contacts_owner_follow_up_idx').on(table.ownerUserId, table.followUpOn),
    index('contacts_linked_profile_idx').on(table.linkedProfileId),
    // A member is on my list at most once.
    uniqueIndex('contacts_owner_linked_profile_key')
      .on(table.ownerUserId, table.linkedProfileId)
      .where(sql`${table.linkedProfileId} IS NOT NULL`),
  ],
);

export const contactInteractions = pgTable(
  'contact_interactions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    ownerUserId: text('owner_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    // face-to-face | phone | letter | email
    channel: text('channel').notNull(),
    summary: blank('summary'),
    nextStep: blank('next_step'),
    letterId: uuid('letter_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('contact_interactions_contact_idx').on(table.contactId, table.occurredAt)],
);

// A parsed import file waiting for the member to confirm it; its id is the confirmation token.
export const contactImports = pgTable('contact_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  ownerUserId: text('owner_user_id')
    .notNull()
    .references(() => user.id, { onDelete: 'cascade' }),
  format: text('format').notNull(),
  fileName: blank('file_name'),
  rows: jsonb('rows').notNull(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

// One row per member per day a follow-up digest went out: the insert is the claim, so two
// instances never send the same digest.
export const followUpDigests = pgTable(
  'follow_up_digests',
  {
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.day] })],
);
