// The notification centre: one row per thing that happened to a member, whether they saw it in
// the app (read_at) and whether it went out by email (emailed_at, claimed once by the mailer),
// their email preferences, and the claims that keep the weekly digest to one per member and week.
import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.ts';

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    // A free string ('referral.received'); the part before the dot picks the preference category.
    kind: text('kind').notNull(),
    category: text('category').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link').notNull(),
    // What the notice is about ('referral:<id>'): acting on that thing marks the member's notices about it read.
    subject: text('subject'),
    // A caller's idempotency key: the same key for the same member is stored once (NULLs never clash).
    dedupeKey: text('dedupe_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    // Set by the email run that claimed the row (or "skipped" when email was off), so it is never mailed twice.
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('notifications_dedupe_idx').on(table.userId, table.dedupeKey),
    index('notifications_unread_subject_idx')
      .on(table.userId, table.subject)
      .where(sql`${table.readAt} is null`),
    index('notifications_user_created_idx').on(table.userId, table.createdAt.desc(), table.id.desc()),
    // What the email run scans: unread, not yet emailed.
    index('notifications_pending_email_idx')
      .on(table.userId, table.createdAt)
      .where(sql`${table.readAt} is null and ${table.emailedAt} is null`),
  ],
);

export type NotificationEmailMode = 'instant' | 'batched' | 'off';

export const notificationPreferences = pgTable('notification_preferences', {
  userId: text('user_id')
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  // Only the categories a member changed; the rest use the default ('batched').
  email: jsonb('email').$type<Record<string, NotificationEmailMode>>().notNull().default({}),
  weeklyDigest: boolean('weekly_digest').notNull().default(true),
  // When the last batched email went out: claimed with a conditional UPDATE, at most one an hour.
  lastBatchedAt: timestamp('last_batched_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

// One token per email sent (a link in an older email keeps working); only the SHA-256 is stored.
export const notificationUnsubscribeTokens = pgTable(
  'notification_unsubscribe_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('notification_unsubscribe_tokens_user_idx').on(table.userId)],
);

export const notificationDigests = pgTable(
  'notification_digests',
  {
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    // ISO week, e.g. '2026-W48'
    week: text('week').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.week] })],
);
