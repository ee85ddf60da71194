// Messages between members: conversations (one-to-one or small groups), their members with a
// per-member unread counter, messages and attachments; blocks and moderation reports; and the two
// tables the real-time hub needs across server processes (presence, and events too big for NOTIFY).
import { sql } from 'drizzle-orm';
import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from './auth.ts';

export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // direct | group
    kind: text('kind').notNull(),
    title: text('title'),
    // For one-to-one conversations: the two user ids, sorted and joined, so the same pair always
    // reopens the same conversation, even when both start it at the same moment.
    directKey: text('direct_key'),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    // Moves with every message: the inbox is sorted by it.
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('conversations_direct_key_idx')
      .on(table.directKey)
      .where(sql`${table.directKey} is not null`),
  ],
);

export const conversationMembers = pgTable(
  'conversation_members',
  {
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    // Incremented in the same transaction as each message from someone else; zeroed by "read".
    unreadCount: integer('unread_count').notNull().default(0),
    lastReadAt: timestamp('last_read_at', { withTimezone: true }),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.conversationId, table.userId] }),
    index('conversation_members_user_idx').on(table.userId),
  ],
);

export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    senderId: text('sender_id').references(() => user.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    attachmentFile: text('attachment_file'),
    // Hidden by an admin (moderation): gone from the conversation for its members.
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`clock_timestamp()`),
  },
  (table) => [index('messages_conversation_idx').on(table.conversationId, table.createdAt, table.id)],
);

export const messageAttachments = pgTable(
  'message_attachments',
  {
    file: text('file').primaryKey(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    uploaderId: text('uploader_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    // pdf | image
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    size: integer('size').notNull(),
    // Set when a message references it; one attachment belongs to one message.
    messageId: uuid('message_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('message_attachments_conversation_idx').on(table.conversationId)],
);

export const memberBlocks = pgTable(
  'member_blocks',
  {
    blockerId: text('blocker_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    blockedId: text('blocked_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.blockerId, table.blockedId] }),
    index('member_blocks_blocked_idx').on(table.blockedId),
  ],
);

export const memberReports = pgTable(
  'member_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reporterId: text('reporter_id').references(() => user.id, { onDelete: 'set null' }),
    reportedId: text('reported_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    details: text('details').notNull().default(''),
    messageId: uuid('message_id').references(() => messages.id, { onDelete: 'set null' }),
    // A copy of the reported message as it was, so moderation sees it even if it changes or goes.
    messageBody: text('message_body'),
    // open | reviewed | dismissed. No longer written: reports go to moderation_reports (migration 0023 moved the open ones).
    status: text('status').notNull().default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('member_reports_status_idx').on(table.status, table.createdAt)],
);

// Who has a live socket on which server process; refreshed by each process's heartbeat, so rows
// of a crashed process age out.
export const realtimePresence = pgTable(
  'realtime_presence',
  {
    userId: text('user_id').notNull(),
    instanceId: text('instance_id').notNull(),
    seenAt: timestamp('seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.instanceId] }),
    index('realtime_presence_instance_idx').on(table.instanceId),
  ],
);

// An event whose JSON exceeds NOTIFY's 8000-byte payload: stored here, and only its id is notified.
export const realtimeEvents = pgTable('realtime_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  payload: jsonb('payload').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
