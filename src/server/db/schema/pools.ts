// Group purchasing pools (collaborations/pools): a pool with its tiers and a running total kept in
// the same transaction as each pledge, and one pledge per member and pool. `told_at` marks the
// close emails claimed, so each person is mailed once whichever instance closes the pool.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from './auth.ts';

export const pools = pgTable(
  'pools',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizerUserId: text('organizer_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    item: text('item').notNull(),
    supplier: text('supplier').notNull(),
    description: text('description').notNull().default(''),
    /** Where the order is picked up (optional): the place's name, and its point for "near me". */
    postalCode: text('postal_code'),
    city: text('city').notNull().default(''),
    region: text('region').notNull().default(''),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    /** The list price per unit in cents; tiers are [{ minQuantity, unitPrice }], rising minimums. */
    listPrice: integer('list_price').notNull(),
    tiers: jsonb('tiers').$type<{ minQuantity: number; unitPrice: number }[]>().notNull(),
    minimumQuantity: integer('minimum_quantity').notNull(),
    deadline: timestamp('deadline', { withTimezone: true }).notNull(),
    // open | going-ahead | lapsed | cancelled
    status: text('status').notNull().default('open'),
    totalQuantity: integer('total_quantity').notNull().default(0),
    pledgeCount: integer('pledge_count').notNull().default(0),
    /** The unit price everyone pays, fixed when the pool closed. */
    finalUnitPrice: integer('final_unit_price'),
    hidden: boolean('hidden').notNull().default(false),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    organizerToldAt: timestamp('organizer_told_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('pools_due_idx').on(table.status, table.deadline),
    index('pools_organizer_idx').on(table.organizerUserId, table.createdAt),
    index('pools_earth_idx').using('gist', sql`ll_to_earth(${table.lat}, ${table.lng})`),
    // The close mail's claim looks only at closed pools whose organizer has not been mailed.
    index('pools_organizer_untold_idx')
      .on(table.id)
      .where(sql`${table.organizerToldAt} IS NULL AND ${table.status} <> 'open'`),
    check('pools_totals_not_negative', sql`${table.totalQuantity} >= 0 AND ${table.pledgeCount} >= 0`),
    check('pools_prices_positive', sql`${table.listPrice} > 0 AND ${table.minimumQuantity} > 0`),
  ],
);

export const poolPledges = pgTable(
  'pool_pledges',
  {
    poolId: uuid('pool_id')
      .notNull()
      .references(() => pools.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    quantity: integer('quantity').notNull(),
    toldAt: timestamp('told_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.poolId, table.userId] }),
    index('pool_pledges_user_idx').on(table.userId),
    // Pledges not yet mailed about a close: a handful at any time among all pledges ever made.
    index('pool_pledges_untold_idx')
      .on(table.poolId)
      .where(sql`${table.toldAt} IS NULL`),
    check('pool_pledges_quantity_positive', sql`${table.quantity} > 0`),
  ],
);
