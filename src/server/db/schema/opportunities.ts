// The opportunities board: one table of posts (a kind and its typed details), members' saved
// searches, and the alert claims that make each post alert each saved search at most once.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { opportunityKinds } from '../../../contracts/opportunity-words.ts';
import { user } from './auth.ts';

// What search shows: open and not hidden by a moderator. The partial indexes below carry this very
// predicate, and the repository writes it as the same literal SQL so the planner can use them.
export const searchablePostSql = `status = 'open' and hidden = false`;
const searchable = sql.raw(searchablePostSql);

export const opportunities = pgTable(
  'opportunities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorUserId: text('author_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    // job | room | event | cover-shift | couples-massage | research | volunteer (contracts/opportunity-words.ts)
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    // lower(title || ' ' || description), for the trigram text search.
    searchText: text('search_text').notNull(),
    postalCode: text('postal_code'),
    place: text('place'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    remote: boolean('remote').notNull().default(false),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    expiresOn: date('expires_on').notNull(),
    // { amountCents, currency, per } or null
    pay: jsonb('pay').$type<{ amountCents: number; currency: 'USD' | 'CAD'; per: string } | null>(),
    // The kind's details, checked by the kind's schema on every write (contracts/opportunities.ts).
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    // open | closed (by its author) | archived (expired, by the expiry job)
    status: text('status').notNull().default('open'),
    hidden: boolean('hidden').notNull().default(false),
    // Set once the alert pass has matched the post against every saved search.
    alertsMatchedAt: timestamp('alerts_matched_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('opportunities_author_idx').on(table.authorUserId, table.createdAt),
    // Near a place: the nearest open posts by KNN, one partial index per kind (a kind filter then
    // walks only that kind's points), and one for every kind.
    index('opportunities_near_idx')
      .using('gist', sql`ll_to_earth(${table.lat}, ${table.lng})`)
      .where(searchable),
    ...Object.keys(opportunityKinds).map((kind) =>
      index(`opportunities_near_${kind.replace(/-/g, '_')}_idx`)
        .using('gist', sql`ll_to_earth(${table.lat}, ${table.lng})`)
        .where(sql.raw(`${searchablePostSql} and kind = '${kind}'`)),
    ),
    index('opportunities_newest_idx').on(table.createdAt.desc()).where(searchable),
    index('opportunities_remote_idx')
      .on(table.createdAt.desc())
      .where(sql.raw(`${searchablePostSql} and remote`)),
    index('opportunities_search_trgm_idx').using('gin', sql`${table.searchText} gin_trgm_ops`),
    index('opportunities_expiry_idx')
      .on(table.expiresOn)
      .where(sql`${table.status} = 'open'`),
    index('opportunities_unmatched_idx')
      .on(table.createdAt)
      .where(sql`${table.alertsMatchedAt} is null`),
    check(
      'opportunities_dates',
      sql`${table.endsOn} is null or ${table.startsOn} is null or ${table.endsOn} >= ${table.startsOn}`,
    ),
  ],
);

export const opportunitySavedSearches = pgTable(
  'opportunity_saved_searches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    near: text('near'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    radiusMeters: doublePrecision('radius_meters'),
    // What the member typed (radius in `unit`), to show it back as they wrote it.
    radius: doublePrecision('radius'),
    unit: text('unit').notNull().default('mi'),
    kind: text('kind'),
    q: text('q'),
    remote: boolean('remote').notNull().default(false),
    // instant | daily
    frequency: text('frequency').notNull().default('instant'),
    // The last UTC day a daily digest was claimed for (UPDATE … WHERE last_digest_on < today).
    lastDigestOn: date('last_digest_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('opportunity_saved_searches_user_idx').on(table.userId)],
);

// One row per (saved search, post) that matched: inserted with ON CONFLICT DO NOTHING, so whoever
// inserts it owns the alert, however many passes or instances run at once. sent_at is null while
// it waits for a daily digest.
export const opportunityAlerts = pgTable(
  'opportunity_alerts',
  {
    savedSearchId: uuid('saved_search_id')
      .notNull()
      .references(() => opportunitySavedSearches.id, { onDelete: 'cascade' }),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.savedSearchId, table.opportunityId] }),
    index('opportunity_alerts_pending_idx')
      .on(table.savedSearchId)
      .where(sql`${table.sentAt} is null`),
  ],
);
