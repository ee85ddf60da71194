// The directory's own SQL, straight through node-postgres at the same concurrency: the floor the
// HTTP route is compared against. With the in-process index (decision 032) a search runs two small
// statements (the index's version check, shared by the searches that arrive together, and the away
// notices of the page's profiles); the SQL search it replaced is kept for comparison.
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { directoryQuerySchema } from '../src/contracts/directory.ts';
import type { Db } from '../src/server/db/client.ts';
import * as schema from '../src/server/db/schema/index.ts';
import { directoryCountQuery, directoryPageQuery } from '../src/server/modules/directory/directory.repository.ts';
import { directoryFilter } from '../src/server/modules/directory/directory.service.ts';
import { daysAnywhere } from '../src/server/modules/cover/away-days.ts';
import { awayRepository } from '../src/server/modules/cover/away.repository.ts';
import { directoryState } from '../src/server/db/schema/index.ts';
import { sql } from 'drizzle-orm';
import { percentile, round } from './support.ts';

/** The page and count statements the service runs for an anonymous visitor's `query`. */
export function directoryStatements(query: Record<string, string>) {
  const db = drizzle.mock({ schema }) as unknown as Db;
  const { filter } = directoryFilter(null, directoryQuerySchema.parse(query));
  return { page: directoryPageQuery(db, filter).toSQL(), count: directoryCountQuery(db, filter).toSQL() };
}

/** The statements a search through the index runs: the version check and the page's away notices. */
export async function routeStatements(slugs: string[]) {
  // A client that only writes down what it is asked, so the statements are the repositories' own.
  const logged: Statement[] = [];
  const client = {
    query: async (config: { text: string; values?: unknown[] }, values?: unknown[]) => {
      logged.push({ sql: config.text, params: config.values ?? values ?? [] });
      return { rows: [], fields: [] };
    },
  };
  const db = drizzle({ client: client as never, schema }) as unknown as Db;
  await db
    .select({ version: directoryState.version })
    .from(directoryState)
    .where(sql`${directoryState.id} = 1`);
  await awayRepository(db).findRunningBySlug(slugs, daysAnywhere(new Date()));
  return logged;
}

type Statement = { sql: string; params: unknown[] };

/** Runs the statement (or the statements, one after another, as one iteration) as fast as `concurrency` clients can. */
export async function runDirect(url: string, statement: Statement | Statement[], concurrency: number, seconds: number) {
  const statements = Array.isArray(statement) ? statement : [statement];
  const pool = new pg.Pool({ connectionString: url, max: concurrency });
  const once = async () => {
    for (const each of statements) await pool.query(each.sql, each.params);
  };
  await Promise.all(Array.from({ length: concurrency }, once));
  const latencies: number[] = [];
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const start = performance.now();
        await once();
        latencies.push(performance.now() - start);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  await pool.end();
  latencies.sort((a, b) => a - b);
  return {
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    meanMs: round(latencies.reduce((sum, value) => sum + value, 0) / latencies.length),
    rps: Math.round(latencies.length / elapsed),
    requests: latencies.length,
  };
}
