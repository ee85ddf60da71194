// A therapist's private clients, the client's consent records, and the log of every read of a
// client's data. Columns ending in _enc hold lib/crypto.ts ciphertext, never plaintext; the name
// stays plain so the list can be searched and sorted in the database.
import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.ts';
import { contacts } from './contacts.ts';
import { profiles } from './profiles.ts';

export const clients = pgTable(
  'clients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerUserId: text('owner_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    emailEnc: text('email_enc').notNull(),
    phoneEnc: text('phone_enc').notNull(),
    dateOfBirthEnc: text('date_of_birth_enc'),
    notesEnc: text('notes_enc').notNull(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    // Deleted by the therapist but kept for the retention period (signed notes): hidden from every
    // route, refused for writes, destroyed with its key after destroy_after by the client-destruction job.
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    destroyAfter: timestamp('destroy_after', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('clients_owner_name_idx').on(table.ownerUserId, sql`lower(${table.name})`),
    index('clients_destroy_after_idx')
      .on(table.destroyAfter)
      .where(sql`${table.destroyAfter} is not null`),
  ],
);

export const clientConsents = pgTable(
  'client_consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    ownerUserId: text('owner_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    // identity | reason | observations | history
    scope: text('scope').array().notNull(),
    // member | contact | profession | any-referral; the matching column below is set
    sharedWithKind: text('shared_with_kind').notNull(),
    // A member is kept by user (what a referral names) and profile (to show the current slug).
    sharedWithUserId: text('shared_with_user_id').references(() => user.id, { onDelete: 'set null' }),
    sharedWithProfileId: uuid('shared_with_profile_id').references(() => profiles.id, { onDelete: 'set null' }),
    sharedWithContactId: uuid('shared_with_contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    sharedWithProfession: text('shared_with_profession'),
    // signed-online | written | verbal-witnessed
    method: text('method').notNull(),
    witnessName: text('witness_name').notNull().default(''),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull(),
    // The last day the consent holds (inclusive, UTC).
    expiresOn: date('expires_on'),
    noteEnc: text('note_enc').notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawalReason: text('withdrawal_reason').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('client_consents_client_idx').on(table.clientId, table.givenAt)],
);

// Who read which client's data, when, and for what; written on every read, never changed.
export const clientAccessLog = pgTable(
  'client_access_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    // null for a reader without an account (a referral recipient through a private link)
    actorUserId: text('actor_user_id').references(() => user.id, { onDelete: 'set null' }),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    referralId: uuid('referral_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('client_access_log_client_idx').on(table.clientId, table.at)],
);

// Each client's own data key (decisions/025): 32 random bytes, stored only wrapped (sealed) by
// ENCRYPTION_KEY. Every clinical value of that client is sealed under it (`c1:<client id>:…`), so
// destroying the client deletes this row and leaves every such value unreadable wherever it is, and
// a rotation of ENCRYPTION_KEY rewraps these rows without touching the values. No foreign key: the
// key is made before the client's first sealed row is written (that row needs it), and the code
// that destroys a client deletes the key in the same transaction.
export const clientKeys = pgTable('client_keys', {
  clientId: uuid('client_id').primaryKey(),
  wrappedKey: text('wrapped_key').notNull(),
  // Which installation key wraps it: the first 16 hex digits of its SHA-256.
  wrappingKeyId: text('wrapping_key_id').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  rewrappedAt: timestamp('rewrapped_at', { withTimezone: true }),
});
