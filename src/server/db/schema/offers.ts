// Professional offers and the certificates issued from them. A certificate's code is its public
// identity (verification page, QR); everything else is private to the issuer.
import { check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { user } from './auth.ts';
import { contacts } from './contacts.ts';
import { mailOutbox } from './mail.ts';

export const offers = pgTable(
  'offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerUserId: text('owner_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    // free-session (minutes) | percent-off (percent) | free-gift (giftDescription)
    kind: text('kind').notNull(),
    minutes: integer('minutes'),
    percent: integer('percent'),
    giftDescription: text('gift_description').notNull().default(''),
    title: text('title').notNull(),
    terms: text('terms').notNull().default(''),
    validFrom: date('valid_from').notNull(),
    validUntil: date('valid_until').notNull(),
    maxIssued: integer('max_issued').notNull(),
    // Counted atomically on issue (UPDATE … WHERE issued_count < max_issued).
    issuedCount: integer('issued_count').notNull().default(0),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('offers_owner_idx').on(table.ownerUserId, table.createdAt),
    check('offers_issued_within_max', sql`${table.issuedCount} <= ${table.maxIssued}`),
    check('offers_percent_range', sql`${table.percent} IS NULL OR ${table.percent} BETWEEN 20 AND 50`),
  ],
);

export const certificates = pgTable(
  'certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => offers.id, { onDelete: 'cascade' }),
    issuerUserId: text('issuer_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    // Canonical form: upper-case Crockford base32, no separators, check character last.
    code: text('code').notNull().unique(),
    recipientName: text('recipient_name').notNull(),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    recipientUserId: text('recipient_user_id').references(() => user.id, { onDelete: 'set null' }),
    validUntil: date('valid_until').notNull(),
    redeemedAt: timestamp('redeemed_at', { withTimezone: true }),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    voidReason: text('void_reason').notNull().default(''),
    mailId: uuid('mail_id').references(() => mailOutbox.id, { onDelete: 'set null' }),
    sentTo: text('sent_to'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('certificates_offer_idx').on(table.offerId),
    index('certificates_issuer_idx').on(table.issuerUserId, table.issuedAt),
  ],
);
