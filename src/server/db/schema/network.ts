// The trusted network. A connection is one row per pair of members whichever
// side asked (the unique index on the ordered pair makes a duplicate or crossing request a
// conflict the database settles, not the application). Each side's "trusted" mark is its own
// column, private to that side.
import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.ts';

export const connections = pgTable(
  'connections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requesterUserId: text('requester_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    addresseeUserId: text('addressee_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    // pending | accepted (declined and removed connections are deleted)
    status: text('status').notNull().default('pending'),
    requesterTrusted: boolean('requester_trusted').notNull().default(false),
    addresseeTrusted: boolean('addressee_trusted').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('connections_pair_idx').on(
      sql`least(${table.requesterUserId}, ${table.addresseeUserId})`,
      sql`greatest(${table.requesterUserId}, ${table.addresseeUserId})`,
    ),
    index('connections_addressee_idx').on(table.addresseeUserId),
    check('connections_not_self', sql`${table.requesterUserId} <> ${table.addresseeUserId}`),
  ],
);

export const endorsements = pgTable(
  'endorsements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Removing the connection withdraws what was endorsed through it.
    connectionId: uuid('connection_id')
      .notNull()
      .references(() => connections.id, { onDelete: 'cascade' }),
    endorserUserId: text('endorser_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    endorsedUserId: text('endorsed_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    // specialty | modality, and a taxonomy key
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('endorsements_once_idx').on(table.endorserUserId, table.endorsedUserId, table.kind, table.key),
    index('endorsements_endorsed_idx').on(table.endorsedUserId),
  ],
);
