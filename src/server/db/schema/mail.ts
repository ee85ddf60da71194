// The mail outbox: every message is written here first, then sent and retried (see docs/architecture.md, Mail).
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// An attachment kept with the queued message so a retry sends exactly what the first try would.
export type StoredAttachment = { filename: string; contentType: string; contentBase64: string };

export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html'),
    attachments: jsonb('attachments').$type<StoredAttachment[]>().notNull().default([]),
    // What the message is about (e.g. 'letter:<id>'), so its delivery can be reported back.
    ref: text('ref'),
    // Where a reply should go (a member's own address for the letters and certificates they send).
    replyTo: text('reply_to'),
    // Extra headers such as List-Unsubscribe (RFC 8058), so a retry sends them as the first try would.
    headers: jsonb('headers').$type<Record<string, string>>().notNull().default({}),
    // queued → sent | failed (after the last retry); 'logged' when no SMTP server is configured
    status: text('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('mail_outbox_status_idx').on(table.status, table.nextAttemptAt)],
);
