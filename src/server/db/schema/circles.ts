// Circles: local and online groups (peer networking, study groups, business inner circles …), each
// member's place in one (role and status), and the invitations that let people in. Meetings,
// discussions and the video room build on these tables (docs/circles.md).
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from './auth.ts';

export const circles = pgTable(
  'circles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    // peer-networking | study-group | business-inner-circle | association-chapter | volunteer-team | lunch-group
    kind: text('kind').notNull(),
    description: text('description').notNull().default(''),
    rules: text('rules').notNull().default(''),
    topics: text('topics')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    // public (listed, open) | private (listed, joining needs approval) | secret (members and invitees only)
    visibility: text('visibility').notNull(),
    // The home town, when the circle meets in person: the postal code's place (lib/geo.ts).
    postalCode: text('postal_code'),
    city: text('city').notNull().default(''),
    region: text('region').notNull().default(''),
    country: text('country'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    online: boolean('online').notNull().default(false),
    memberCap: integer('member_cap'),
    // Active members, changed only by a conditional UPDATE in the same transaction as the member's
    // row: the cap holds however many people join at once.
    memberCount: integer('member_count').notNull().default(0),
    createdByUserId: text('created_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    // Hidden by an admin (moderation): found by nobody, opened by nobody, until shown again.
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('circles_earth_idx').using('gist', sql`ll_to_earth(${table.lat}, ${table.lng})`),
    index('circles_topics_idx').using('gin', table.topics),
    index('circles_listing_idx').on(table.visibility, table.kind, table.createdAt),
    check('circles_member_count', sql`${table.memberCount} >= 0`),
    check('circles_member_cap', sql`${table.memberCap} IS NULL OR ${table.memberCount} <= ${table.memberCap}`),
    check('circles_somewhere', sql`${table.online} OR ${table.postalCode} IS NOT NULL`),
  ],
);

export const circleMembers = pgTable(
  'circle_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    circleId: uuid('circle_id')
      .notNull()
      .references(() => circles.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    // organizer | co-organizer | member
    role: text('role').notNull().default('member'),
    // active | requested | invited | declined | left | removed | banned
    status: text('status').notNull(),
    invitedByUserId: text('invited_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    joinedAt: timestamp('joined_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // One row per person and circle: its status says where they stand, so a ban outlives a rejoin attempt.
    unique('circle_members_once').on(table.circleId, table.userId),
    index('circle_members_user_idx').on(table.userId, table.status),
    index('circle_members_circle_idx').on(table.circleId, table.status),
  ],
);

export const circleInvitations = pgTable(
  'circle_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    circleId: uuid('circle_id')
      .notNull()
      .references(() => circles.id, { onDelete: 'cascade' }),
    // link (many people, until revoked) | email (one person, used once)
    kind: text('kind').notNull(),
    // Only the SHA-256 of the token: the link is shown once, and a database copy opens nothing.
    tokenHash: text('token_hash').notNull().unique(),
    email: text('email'),
    createdByUserId: text('created_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    uses: integer('uses').notNull().default(0),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    acceptedByUserId: text('accepted_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('circle_invitations_circle_idx').on(table.circleId, table.createdAt)],
);
