import { sql } from 'drizzle-orm';
import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// One row per scheduled job (src/server/jobs). An instance runs a job only after claiming its
// lease with a conditional UPDATE, so two instances on one database never run the same job at once.
export const jobLeases = pgTable('job_leases', {
  name: text('name').primaryKey(),
  // Held until then by `leasedBy`; a crashed holder's lease simply runs out.
  leaseUntil: timestamp('lease_until', { withTimezone: true })
    .notNull()
    .default(sql`'-infinity'`),
  leasedBy: text('leased_by'),
  nextRunAt: timestamp('next_run_at', { withTimezone: true }).notNull().defaultNow(),
  failures: integer('failures').notNull().default(0),
  lastError: text('last_error'),
  lastStartedAt: timestamp('last_started_at', { withTimezone: true }),
  lastFinishedAt: timestamp('last_finished_at', { withTimezone: true }),
});
