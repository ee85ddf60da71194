// Treatment trades: a proposal between two members, its two sessions (one given by each side),
// the minutes ledger written when a session completes, and each party's notes afterwards.
import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.ts';

export const trades = pgTable(
  'trades',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    proposerUserId: text('proposer_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    partnerUserId: text('partner_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    // proposed | countered | accepted | scheduled | completed | no-show | declined | cancelled
    status: text('status').notNull().default('proposed'),
    // Terms in absolute form: what the proposer gives and what the partner gives.
    proposerService: text('proposer_service').notNull(),
    proposerMinutes: integer('proposer_minutes').notNull(),
    partnerService: text('partner_service').notNull(),
    partnerMinutes: integer('partner_minutes').notNull(),
    note: text('note').notNull().default(''),
    // Who must answer the proposal or the last counter; null once agreed or closed.
    awaitingUserId: text('awaiting_user_id').references(() => user.id, { onDelete: 'cascade' }),
    counters: integer('counters').notNull().default(0),
    closedByUserId: text('closed_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    closedReason: text('closed_reason').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('trades_proposer_idx').on(table.proposerUserId, table.createdAt),
    index('trades_partner_idx').on(table.partnerUserId, table.createdAt),
    check('trades_two_members', sql`${table.proposerUserId} <> ${table.partnerUserId}`),
    check(
      'trades_minutes_range',
      sql`${table.proposerMinutes} BETWEEN 15 AND 180 AND ${table.partnerMinutes} BETWEEN 15 AND 180`,
    ),
  ],
);

export const tradeSessions = pgTable(
  'trade_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tradeId: uuid('trade_id')
      .notNull()
      .references(() => trades.id, { onDelete: 'cascade' }),
    providerUserId: text('provider_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    recipientUserId: text('recipient_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    service: text('service').notNull(),
    minutes: integer('minutes').notNull(),
    // unscheduled | scheduled | completed | no-show | cancelled
    status: text('status').notNull().default('unscheduled'),
    startsAt: timestamp('starts_at', { withTimezone: true }),
    location: text('location').notNull().default(''),
    // RFC 5545 SEQUENCE: raised on every reschedule so calendars replace the earlier invite.
    inviteSequence: integer('invite_sequence').notNull().default(0),
    providerConfirmedAt: timestamp('provider_confirmed_at', { withTimezone: true }),
    recipientConfirmedAt: timestamp('recipient_confirmed_at', { withTimezone: true }),
    noShowUserId: text('no_show_user_id').references(() => user.id, { onDelete: 'set null' }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (table) => [
    unique('trade_sessions_one_per_provider').on(table.tradeId, table.providerUserId),
    check('trade_sessions_two_members', sql`${table.providerUserId} <> ${table.recipientUserId}`),
  ],
);

// Double entry: a completed session writes one row for the provider (+minutes) and one for the
// recipient (−minutes) in a single INSERT. Each row names its counterpart, and the composite
// foreign key makes the database refuse a row whose counterpart is missing or differs (same
// session, the two members swapped, minutes negated); with one row per side per session, every
// session's two rows sum to zero, and so does the ledger per pair and overall.
export const tradeLedgerEntries = pgTable(
  'trade_ledger_entries',
  {
    id: uuid('id').primaryKey(),
    counterpartId: uuid('counterpart_id').notNull(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => tradeSessions.id, { onDelete: 'cascade' }),
    tradeId: uuid('trade_id')
      .notNull()
      .references(() => trades.id, { onDelete: 'cascade' }),
    // 'gave' (minutes > 0) | 'received' (minutes < 0)
    side: text('side').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    partnerUserId: text('partner_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    minutes: integer('minutes').notNull(),
    counterpartMinutes: integer('counterpart_minutes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('trade_ledger_one_per_side').on(table.sessionId, table.side),
    unique('trade_ledger_entry_key').on(table.id, table.sessionId, table.userId, table.partnerUserId, table.minutes),
    foreignKey({
      name: 'trade_ledger_counterpart_fk',
      columns: [table.counterpartId, table.sessionId, table.partnerUserId, table.userId, table.counterpartMinutes],
      foreignColumns: [table.id, table.sessionId, table.userId, table.partnerUserId, table.minutes],
    }),
    check(
      'trade_ledger_sign',
      sql`(${table.side} = 'gave' AND ${table.minutes} > 0) OR (${table.side} = 'received' AND ${table.minutes} < 0)`,
    ),
    check('trade_ledger_balanced', sql`${table.counterpartMinutes} = -${table.minutes}`),
    index('trade_ledger_user_idx').on(table.userId, table.partnerUserId),
  ],
);

export const tradeNotes = pgTable(
  'trade_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tradeId: uuid('trade_id')
      .notNull()
      .references(() => trades.id, { onDelete: 'cascade' }),
    authorUserId: text('author_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    // Only ever shown to its author.
    privateNote: text('private_note').notNull().default(''),
    // Shown to the other party of the trade.
    sharedFeedback: text('shared_feedback').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique('trade_notes_one_per_author').on(table.tradeId, table.authorUserId)],
);
