// The client portal's own sign-in (decisions/024): a client is not a member, so their account,
// sign-in links and sessions live apart from Better Auth's tables. One account per email address;
// it reaches each client record a therapist opened to it (portal_access), never merged.
import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.ts';
import { clients } from './clients.ts';

export const portalAccounts = pgTable(
  'portal_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Lower-cased; the address the therapist invited.
    email: text('email').notNull(),
    // argon2id, set by the client after a first sign-in by link; null until then.
    passwordHash: text('password_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('portal_accounts_email_idx').on(table.email)],
);

// Which records an account may open: one row per (client record), granted when the client accepts
// the therapist's invitation, ended by the therapist, by deletion, or never.
export const portalAccess = pgTable(
  'portal_access',
  {
    clientId: uuid('client_id')
      .primaryKey()
      .references(() => clients.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => portalAccounts.id, { onDelete: 'cascade' }),
    memberUserId: text('member_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (table) => [index('portal_access_account_idx').on(table.accountId)],
);

// Invitations and sign-in links: only the SHA-256 of the token is kept; used once (used_at set by a
// conditional UPDATE), and only until expires_at.
export const portalTokens = pgTable(
  'portal_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    // invitation | sign-in
    purpose: text('purpose').notNull(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => portalAccounts.id, { onDelete: 'cascade' }),
    // The record an invitation opens (null for a sign-in link).
    clientId: uuid('client_id').references(() => clients.id, { onDelete: 'cascade' }),
    invitedByUserId: text('invited_by_user_id').references(() => user.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('portal_tokens_hash_idx').on(table.tokenHash),
    index('portal_tokens_client_idx')
      .on(table.clientId)
      .where(sql`${table.clientId} is not null`),
  ],
);

// A signed-in portal session: the cookie holds the token, the table its hash. It ends after
// CLINICAL_IDLE_MINUTES without activity (last_seen_at) or at expires_at, whichever is first.
export const portalSessions = pgTable(
  'portal_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => portalAccounts.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('portal_sessions_hash_idx').on(table.tokenHash),
    index('portal_sessions_account_idx').on(table.accountId),
  ],
);
