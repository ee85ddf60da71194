// A real Kneadwork app on a fresh database (a copy of the migrated template), for app.inject().
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, inject } from 'vitest';
import { buildApp, servicesOf, type AppServices, type BuildOptions } from '../../src/server/app.ts';
import { loadConfig, type Config } from '../../src/server/config.ts';
import { openDatabase, type Database, type DatabaseKind } from '../../src/server/db/client.ts';
import type { MailTransport } from '../../src/server/lib/mail-transport.ts';

export const origin = 'http://localhost:3000';
export const databaseKinds: DatabaseKind[] = ['pglite', 'postgres'];

/** Runs a suite once per database; the PostgreSQL run needs TEST_DATABASE_URL (global setup prints a notice when unset, and fails the run when POSTGRES_REQUIRED is set). */
export function describeEachDatabase(name: string, suite: (kind: DatabaseKind) => void) {
  for (const kind of databaseKinds) {
    // Reason: the PostgreSQL variant needs TEST_DATABASE_URL (CI sets it with POSTGRES_REQUIRED, see support/postgres-required.ts); the PGlite variant always runs.
    // The PostgreSQL half is skipped without TEST_DATABASE_URL; CI sets POSTGRES_REQUIRED, so there a missing database fails.
    describe.skipIf(kind === 'postgres' && !process.env.TEST_DATABASE_URL)(`${name} [${kind}]`, () => suite(kind));
  }
}

export type TestApp = Awaited<ReturnType<typeof buildApp>> & {
  config: Config;
  database: Database;
  services: AppServices;
  cleanup: () => Promise<void>;
};

export async function freshDatabaseConfig(kind: DatabaseKind, env: Record<string, string | undefined> = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kneadwork-test-'));
  let dropDatabase = async () => {};
  const base = {
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    PUBLIC_URL: origin,
    AUTH_SECRET: 'test-secret-test-secret-test-secret-0',
    ENCRYPTION_KEY: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    LOG_LEVEL: 'silent',
    ...env,
  };
  if (kind === 'pglite') {
    cpSync(inject('pgliteTemplateDir'), path.join(dataDir, 'pglite'), { recursive: true });
    return { config: loadConfig(base), dataDir, dropDatabase };
  }
  const url = process.env.TEST_DATABASE_URL!;
  const name = `kneadwork_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('postgresTemplate')}`);
  await admin.end();
  dropDatabase = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  };
  const target = new URL(url);
  target.pathname = `/${name}`;
  return { config: loadConfig({ ...base, DATABASE_URL: target.toString() }), dataDir, dropDatabase };
}

export async function createTestApp(
  kind: DatabaseKind,
  options: {
    env?: Record<string, string | undefined>;
    mailTransport?: MailTransport | null;
    logger?: BuildOptions['logger'];
  } = {},
): Promise<TestApp> {
  const { config, dataDir, dropDatabase } = await freshDatabaseConfig(kind, options.env);
  const database = await openDatabase(config.database);
  await database.migrate();
  const app = await buildApp(config, database, {
    logger: options.logger ?? false,
    mailTransport: options.mailTransport ?? null,
  });
  await app.ready();
  return Object.assign(app, {
    config,
    database,
    services: servicesOf(app),
    cleanup: async () => {
      await app.close();
      await database.close();
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}
