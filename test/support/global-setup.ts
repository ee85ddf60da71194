// Once per test run: a migrated embedded-database directory and (when TEST_DATABASE_URL is set)
// a migrated PostgreSQL template database. Each test app then starts from a copy of one of them,
// fresh but without paying for initdb and migrations every time.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/client.ts';
import { postgresForTests } from './postgres-required.ts';

let templateDir = '';
let templateDb = '';

export async function setup(project: TestProject) {
  templateDir = mkdtempSync(path.join(os.tmpdir(), 'kneadwork-template-'));
  const embedded = await openDatabase({
    kind: 'pglite',
    dir: path.join(templateDir, 'pglite'),
    queryTimeoutMs: 60_000,
  });
  await embedded.migrate();
  await embedded.close();
  project.provide('pgliteTemplateDir', path.join(templateDir, 'pglite'));

  const url = process.env.TEST_DATABASE_URL;
  if ((await postgresForTests()) === 'available' && url) {
    templateDb = `kneadwork_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${templateDb}`);
    await admin.query(`CREATE DATABASE ${templateDb}`);
    await admin.end();
    const target = new URL(url);
    target.pathname = `/${templateDb}`;
    const server = await openDatabase({ kind: 'postgres', url: target.toString() });
    await server.migrate();
    await server.close();
  } else {
    console.warn(
      '\n[notice] TEST_DATABASE_URL is not set: the PostgreSQL variants of the integration tests are skipped (.ci/run sets it, with POSTGRES_REQUIRED=1 to make that an error).\n',
    );
  }
  project.provide('postgresTemplate', templateDb);
}

export async function teardown() {
  rmSync(templateDir, { recursive: true, force: true });
  const url = process.env.TEST_DATABASE_URL;
  if (url && templateDb) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${templateDb} WITH (FORCE)`);
    await admin.end();
  }
}

declare module 'vitest' {
  // Module augmentation needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    pgliteTemplateDir: string;
    postgresTemplate: string;
  }
}
