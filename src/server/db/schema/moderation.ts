// Moderation: who administers the installation, members' reports of anything they can see (one open
// report per item, each reporter once), the audit trail of every admin action, and suspensions
// (docs/moderation.md, docs/decisions/031-admin-role-and-moderation-actions.md).
import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.ts';

/** The admin role: a row per admin, granted and revoked from the command line only. */
export const admins = pgTable('admins', {
  userId: text('user_id')
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A reported item, as the admin queue lists it: one open report per (kind, item), however many reporters. */
export const moderationReports = pgTable(
  'moderation_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    itemId: text('item_id').notNull(),
    // open | actioned | dismissed
    status: text('status').notNull().default('open'),
    // The item as it read when first reported, so the queue keeps its context if it changes or goes.
    title: text('title').notNull().default(''),
    excerpt: text('excerpt').notNull().default(''),
    authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastReportedAt: timestamp('last_reported_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('moderation_reports_open_once')
      .on(table.kind, table.itemId)
      .where(sql`${table.status} = 'open'`),
    index('moderation_reports_queue_idx').on(table.status, table.lastReportedAt),
    index('moderation_reports_author_idx').on(table.authorId),
  ],
);

/** Who reported an item and why: once per member and report (reporting again changes nothing). */
export const moderationReporters = pgTable(
  'moderation_reporters',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => moderationReports.id, { onDelete: 'cascade' }),
    reporterId: text('reporter_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.reportId, table.reporterId] })],
);

/** Every admin action: who, what, on which item or member, why and when. Never updated. */
export const moderationAudit = pgTable(
  'moderation_audit',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    adminId: text('admin_id').references(() => user.id, { onDelete: 'set null' }),
    // hide | unhide | warn | suspend | unsuspend | dismiss
    action: text('action').notNull(),
    reportId: uuid('report_id').references(() => moderationReports.id, { onDelete: 'set null' }),
    kind: text('kind'),
    itemId: text('item_id'),
    subjectUserId: text('subject_user_id').references(() => user.id, { onDelete: 'set null' }),
    reason: text('reason').notNull(),
    until: timestamp('until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('moderation_audit_created_idx').on(table.createdAt),
    index('moderation_audit_subject_idx').on(table.subjectUserId, table.createdAt),
  ],
);

/** A suspended member: no sign-in and no session until `until` (null: until an admin lifts it). */
export const memberSuspensions = pgTable('member_suspensions', {
  userId: text('user_id')
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  until: timestamp('until', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
