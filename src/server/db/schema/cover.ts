// Cover when away: a member's away periods and the colleagues asked (and accepted) to cover.
import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.ts';

export const awayPeriods = pgTable(
  'away_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    // ill | vacation | leave
    reason: text('reason').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    message: text('message').notNull().default(''),
    // Set by "end early"; the period is over from then on, whatever ends_on says.
    endedAt: timestamp('ended_at', { withTimezone: true }),
    // Claimed once (UPDATE … WHERE thanked_at IS NULL) by whoever sends the thank-you notes.
    thankedAt: timestamp('thanked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('away_periods_user_idx').on(table.userId, table.endsOn),
    check('away_periods_dates', sql`${table.endsOn} >= ${table.startsOn}`),
  ],
);

export const awayCovers = pgTable(
  'away_covers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    awayId: uuid('away_id')
      .notNull()
      .references(() => awayPeriods.id, { onDelete: 'cascade' }),
    coverUserId: text('cover_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    // invited | accepted | declined
    status: text('status').notNull().default('invited'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('away_covers_once_idx').on(table.awayId, table.coverUserId),
    index('away_covers_cover_idx').on(table.coverUserId),
  ],
);
