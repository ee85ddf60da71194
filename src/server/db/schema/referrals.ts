// Referrals of a client from one professional to another, their timeline, and the private links
// that let a recipient who is not a member answer. Everything about the client and every clinical
// word is stored encrypted (the *_enc columns, AES-256-GCM via lib/crypto); the plain columns are
// what routing, filtering and reciprocity need. The network reads from_user_id, to_user_id,
// status, created_at and redirected_from_user_id directly for its counts.
import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.ts';
import { contacts } from './contacts.ts';

export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fromUserId: text('from_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    // A member recipient; null when the referral went to a contact who is not a member.
    toUserId: text('to_user_id').references(() => user.id, { onDelete: 'cascade' }),
    toContactId: uuid('to_contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    // The away member this referral was meant for before it went to their covering colleague.
    redirectedFromUserId: text('redirected_from_user_id').references(() => user.id, { onDelete: 'set null' }),
    // Snapshot of who it went to, so the letter and the lists read the same after a contact edit.
    recipientName: text('recipient_name').notNull(),
    recipientProfession: text('recipient_profession').notNull().default(''),
    recipientEmail: text('recipient_email').notNull().default(''),
    // The client lives in the clients domain; referenced by id only (its own domain owns deletion).
    clientId: uuid('client_id').notNull(),
    consentId: uuid('consent_id').notNull(),
    // sent → accepted | declined; accepted → scheduled → seen → replied → returned
    status: text('status').notNull().default('sent'),
    urgency: text('urgency').notNull(),
    specialty: text('specialty').notNull().default(''),
    share: jsonb('share')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    clientNameEnc: text('client_name_enc').notNull(),
    reasonClinicalEnc: text('reason_clinical_enc').notNull(),
    reasonPlainEnc: text('reason_plain_enc').notNull(),
    whatIDidEnc: text('what_i_did_enc').notNull(),
    observationsEnc: text('observations_enc').notNull(),
    // The minimum-necessary packet as it was when sent (JSON, encrypted).
    packetEnc: text('packet_enc').notNull(),
    // The outcome reply (JSON: findings, recommendations), encrypted; the resume answer is not clinical text.
    outcomeEnc: text('outcome_enc'),
    okToResumeMassage: text('ok_to_resume_massage'),
    appointmentAt: timestamp('appointment_at', { withTimezone: true }),
    seenAt: timestamp('seen_at', { withTimezone: true }),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    // Claimed once (UPDATE … WHERE reminded_at IS NULL) by whoever sends the "still unanswered" reminder.
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // Inbox and outbox pages: newest first per member, optionally one status.
    index('referrals_to_created_idx').on(table.toUserId, table.createdAt.desc(), table.id),
    index('referrals_to_status_created_idx').on(table.toUserId, table.status, table.createdAt.desc()),
    index('referrals_from_created_idx').on(table.fromUserId, table.createdAt.desc(), table.id),
    // The reminder sweep looks only at unanswered, unreminded referrals.
    index('referrals_unanswered_idx')
      .on(table.createdAt)
      .where(sql`${table.status} = 'sent' and ${table.remindedAt} is null`),
  ],
);

export const referralEvents = pgTable(
  'referral_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id, { onDelete: 'cascade' }),
    // sent | accepted | … | returned | thanks | reminded | link-issued | link-revoked
    kind: text('kind').notNull(),
    actorUserId: text('actor_user_id').references(() => user.id, { onDelete: 'set null' }),
    // The member's name, or 'external:<email>' for the link holder.
    actorLabel: text('actor_label').notNull(),
    // A decline reason, a thank-you, a note: free text, so encrypted.
    noteEnc: text('note_enc').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('referral_events_referral_idx').on(table.referralId, table.createdAt)],
);

export const referralLinks = pgTable(
  'referral_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id, { onDelete: 'cascade' }),
    // SHA-256 of the token, hex; the token itself exists only in the email.
    tokenHash: text('token_hash').notNull().unique(),
    sentTo: text('sent_to').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('referral_links_referral_idx').on(table.referralId, table.createdAt)],
);
