// A fresh PostgreSQL database for the directory benchmark: migrated, filled with generated
// professionals, analysed. Indexes are dropped for the load and rebuilt after (faster than
// maintaining them row by row), from the definitions the migrations created.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openDatabase } from '../src/server/db/client.ts';
import { seedProfessionals } from '../src/server/seed/seed.service.ts';

export async function createBenchDatabase(adminUrl: string, name: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropBenchDatabase(adminUrl: string, name: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}

/** Drops a table's indexes (not its constraints) for a bulk load; answers the function that rebuilds them as the migrations made them. */
export async function dropIndexes(client: pg.Client, table: string) {
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `select indexname as name, indexdef as definition from pg_indexes
     where schemaname = 'public' and tablename = $1 and indexname not in (select conname from pg_constraint)`,
    [table],
  );
  for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  return async () => {
    await client.query(`SET maintenance_work_mem = '256MB'`);
    for (const index of indexes) await client.query(index.definition);
  };
}

export async function fillBenchDatabase(url: string, count: number, seed: number) {
  const started = performance.now();
  const database = await openDatabase({ kind: 'postgres', url });
  await database.migrate();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const rebuild = await dropIndexes(client, 'profiles');
  await seedProfessionals(database.db, { count, seed, password: 'bench-password', batchSize: 2000 });
  await rebuild();
  // VACUUM sets the visibility map and ANALYZE the statistics, as autovacuum would in production.
  await client.query('VACUUM ANALYZE');
  const { rows } = await client.query<{ slug: string }>(
    `select slug from profiles where visibility = 'public' and practice_name <> '' and hobbies <> '' and website <> ''
       and public_email <> '' and cardinality(specialties) >= 4 and cardinality(modalities) >= 4 order by slug limit 1`,
  );
  const { rows: version } = await client.query<{ server_version: string }>('show server_version');
  await client.end();
  await database.close();
  return {
    seconds: Math.round((performance.now() - started) / 100) / 10,
    fullProfileSlug: rows[0]?.slug ?? null,
    postgres: version[0]?.server_version ?? '',
  };
}
