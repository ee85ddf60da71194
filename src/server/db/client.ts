// Opens the database the config names: embedded PGlite (in a worker thread) or a PostgreSQL
// server through node-postgres. Both give the same drizzle API over the same schema.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import type { NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { Config } from '../config.ts';
import { ensurePrivateDir } from '../lib/private-files.ts';
import { embeddedClient } from './embedded-client.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
// Both drivers answer execute() with { rows }; typed as node-postgres's result for both.
export type Db = PgDatabase<NodePgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgres';
export type Database = { db: Db; kind: DatabaseKind; migrate: () => Promise<void>; close: () => Promise<void> };

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export async function openDatabase(database: Config['database']): Promise<Database> {
  if (database.kind === 'pglite') {
    ensurePrivateDir(database.dir);
    const client = embeddedClient(database.dir, database.queryTimeoutMs);
    // drizzle's PGlite driver needs only query/exec/transaction, which EmbeddedClient provides.
    const db = drizzlePglite({ client: client as never, schema });
    return {
      db: db as unknown as Db,
      kind: 'pglite',
      migrate: () => migratePglite(db, { migrationsFolder }),
      close: () => client.close(),
    };
  }
  const pool = new pg.Pool({ connectionString: database.url, max: 20 });
  // An idle connection the server closes (restart, failover, admin) is emitted as an 'error' on the
  // pool; without a listener that would end the process. The pool replaces the connection itself.
  pool.on('error', (error) => console.warn(`postgres: idle connection lost (${error.message}); it will be replaced`));
  const db = drizzlePg({ client: pool, schema });
  return {
    db: db as unknown as Db,
    kind: 'postgres',
    migrate: async () => {
      // Several instances may start at once: one migrates, the others wait on the lock.
      const lock = await pool.connect();
      try {
        await lock.query('SELECT pg_advisory_lock(727274)');
        await migratePg(db, { migrationsFolder });
      } finally {
        await lock.query('SELECT pg_advisory_unlock(727274)').catch(() => undefined);
        lock.release();
      }
    },
    close: () => pool.end(),
  };
}
