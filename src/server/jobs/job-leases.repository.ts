import { and, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { jobLeases } from '../db/schema/index.ts';

const ms = (value: number) => sql`now() + ${value} * interval '1 millisecond'`;

export const jobLeasesRepository = (db: Db) => ({
  ensure: (name: string) => db.insert(jobLeases).values({ name }).onConflictDoNothing(),
  // The claim: one conditional UPDATE, so of two instances asking at once exactly one gets the row.
  // The database's clock decides, so instances with skewed clocks still agree.
  // `early` claims a job that is not yet due (a run asked for by hand); a held lease still wins.
  claim: async (name: string, holder: string, leaseMs: number, early = false) => {
    const [row] = await db
      .update(jobLeases)
      .set({ leaseUntil: ms(leaseMs), leasedBy: holder, lastStartedAt: sql`now()` })
      .where(
        and(
          eq(jobLeases.name, name),
          lte(jobLeases.leaseUntil, sql`now()`),
          early ? undefined : lte(jobLeases.nextRunAt, sql`now()`),
        ),
      )
      .returning({ failures: jobLeases.failures });
    return row ?? null;
  },
  succeeded: (name: string, holder: string, nextInMs: number) =>
    db
      .update(jobLeases)
      .set({
        leaseUntil: sql`'-infinity'`,
        leasedBy: null,
        nextRunAt: ms(nextInMs),
        failures: 0,
        lastError: null,
        lastFinishedAt: sql`now()`,
      })
      .where(and(eq(jobLeases.name, name), eq(jobLeases.leasedBy, holder))),
  failed: (name: string, holder: string, retryInMs: number, error: string) =>
    db
      .update(jobLeases)
      .set({
        leaseUntil: sql`'-infinity'`,
        leasedBy: null,
        nextRunAt: ms(retryInMs),
        failures: sql`${jobLeases.failures} + 1`,
        lastError: error.slice(0, 500),
        lastFinishedAt: sql`now()`,
      })
      .where(and(eq(jobLeases.name, name), eq(jobLeases.leasedBy, holder))),
  find: async (name: string) => {
    const [row] = await db.select().from(jobLeases).where(eq(jobLeases.name, name));
    return row ?? null;
  },
});
