// Circle discussions: threads (general, support, and one check-in thread per meeting occurrence),
// their posts in the member's Markdown (rendered and sanitised on read by lib/markdown.ts), reports
// of posts to the organizers, each member's read mark per thread, and files attached to posts
// (docs/circles.md, "Discussions").
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from './auth.ts';
import { circles } from './circles.ts';
import { circleMeetings } from './meetings.ts';

export const circleThreads = pgTable(
  'circle_threads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    circleId: uuid('circle_id')
      .notNull()
      .references(() => circles.id, { onDelete: 'cascade' }),
    // general | support | check-in
    category: text('category').notNull(),
    title: text('title').notNull(),
    authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
    pinned: boolean('pinned').notNull().default(false),
    locked: boolean('locked').notNull().default(false),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    // A check-in thread belongs to one occurrence of a meeting (its start as an instant).
    meetingId: uuid('meeting_id').references(() => circleMeetings.id, { onDelete: 'cascade' }),
    occurrenceStart: timestamp('occurrence_start', { withTimezone: true }),
    lastPostAt: timestamp('last_post_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('circle_threads_circle_idx').on(table.circleId, table.lastPostAt),
    // Two members opening the same check-in at once get the one thread.
    unique('circle_threads_check_in_once').on(table.meetingId, table.occurrenceStart),
    check(
      'circle_threads_check_in_occurrence',
      sql`(${table.category} = 'check-in') = (${table.meetingId} IS NOT NULL AND ${table.occurrenceStart} IS NOT NULL)`,
    ),
  ],
);

export const circlePosts = pgTable(
  'circle_posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => circleThreads.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
    // Markdown as the member wrote it; the API answers it rendered and sanitised.
    body: text('body').notNull(),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    // Hidden by an admin (moderation): hidden like an organizer's hide, but only an admin shows it again.
    hiddenByAdmin: boolean('hidden_by_admin').notNull().default(false),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('circle_posts_thread_idx').on(table.threadId, table.createdAt)],
);

/** A member's report of a post, for the circle's organizers; one per member and post. */
export const circlePostReports = pgTable(
  'circle_post_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id')
      .notNull()
      .references(() => circlePosts.id, { onDelete: 'cascade' }),
    reporterId: text('reporter_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique('circle_post_reports_once').on(table.postId, table.reporterId)],
);

/** Up to when a member has read a thread: posts after it (not their own) are unread. */
export const circleThreadReads = pgTable(
  'circle_thread_reads',
  {
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => circleThreads.id, { onDelete: 'cascade' }),
    lastReadAt: timestamp('last_read_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.threadId] })],
);

/** A file uploaded to a circle and then attached to one post (lib/attachment-files.ts rules). */
export const circlePostAttachments = pgTable(
  'circle_post_attachments',
  {
    file: text('file').primaryKey(),
    circleId: uuid('circle_id')
      .notNull()
      .references(() => circles.id, { onDelete: 'cascade' }),
    uploaderId: text('uploader_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    // pdf | image
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    size: integer('size').notNull(),
    postId: uuid('post_id').references(() => circlePosts.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('circle_post_attachments_post_idx').on(table.postId)],
);
