// The directory's own SQL, straight through node-postgres at the same concurrency: the floor the
// HTTP route is compared against.
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { directoryQuerySchema } from '../src/contracts/directory.ts';
import type { Db } from '../src/server/db/client.ts';
import * as schema from '../src/server/db/schema/index.ts';
import { directoryCountQuery, directoryPageQuery } from '../src/server/modules/directory/directory.repository.ts';
import { directoryFilter } from '../src/server/modules/directory/directory.service.ts';
import { percentile, round } from './support.ts';

/** The page and count statements the service runs for an anonymous visitor's `query`. */
export function directoryStatements(query: Record<string, string>) {
  const db = drizzle.mock({ schema }) as unknown as Db;
  const { filter } = directoryFilter(null, directoryQuerySchema.parse(query));
  return { page: directoryPageQuery(db, filter).toSQL(), count: directoryCountQuery(db, filter).toSQL() };
}

export async function runDirect(
  url: string,
  statement: { sql: string; params: unknown[] },
  concurrency: number,
  seconds: number,
) {
  const pool = new pg.Pool({ connectionString: url, max: concurrency });
  await Promise.all(Array.from({ length: concurrency }, () => pool.query(statement.sql, statement.params)));
  const latencies: number[] = [];
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const start = performance.now();
        await pool.query(statement.sql, statement.params);
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
