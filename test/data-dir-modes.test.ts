// The data directory is the server user's alone (issue 8, item 29): the embedded database (its WAL
// holds session tokens and password hashes), the generated secrets and the uploads. PGlite writes
// its files 0666 whatever the umask, so the modes are set explicitly.
import { cpSync, lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { storeImage } from '../src/server/lib/images.ts';
import { json, signUp } from './support/members.ts';
import { createTestApp, origin, type TestApp } from './support/test-app.ts';

/** Every path under `dir` that its group or others may read, write or enter, with its mode. */
function openToOthers(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      const mode = lstatSync(full).mode & 0o777;
      if (!entry.isSymbolicLink() && (mode & 0o077) !== 0)
        found.push(`${path.relative(dir, full)} ${mode.toString(8)}`);
      if (entry.isDirectory()) walk(full);
    }
  };
  walk(dir);
  return found;
}

describe('the data directory of a fresh embedded install', () => {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'kneadwork-modes-'));
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('is 0700, and nothing under it is readable by group or others after the database is opened and written', async () => {
    const dataDir = path.join(parent, 'data');
    // No AUTH_SECRET or ENCRYPTION_KEY: both are generated into DATA_DIR.
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      PUBLIC_URL: 'http://localhost:3000',
      LOG_LEVEL: 'silent',
    });
    if (config.database.kind !== 'pglite') throw new Error('expected the embedded database');
    // The migrated template stands in for a first start's migrations (same files, same modes).
    cpSync(inject('pgliteTemplateDir'), config.database.dir, { recursive: true });
    const database = await openDatabase(config.database);
    const app = await buildApp(config, database, { logger: false, mailTransport: null });
    await app.ready();
    try {
      await signUp(app as TestApp, 'File Modes');
      await storeImage(
        await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } })
          .png()
          .toBuffer(),
        config.uploadDir,
      );

      expect((lstatSync(dataDir).mode & 0o777).toString(8)).toBe('700');
      expect(readdirSync(dataDir).sort()).toEqual(['auth-secret', 'encryption-key', 'pglite', 'uploads']);
      expect(openToOthers(dataDir)).toEqual([]);
    } finally {
      await app.close();
      await database.close();
    }
    expect(openToOthers(dataDir)).toEqual([]);
  });
});

describe('tokens at rest', () => {
  let app: TestApp;
  beforeAll(async () => (app = await createTestApp('pglite')));
  afterAll(async () => app?.cleanup());

  it('keeps a password-reset token only as a hash, and the emailed link still resets the password', async () => {
    const { email } = await signUp(app, 'Hash Brown');
    const asked = await app.inject({
      method: 'POST',
      url: '/api/auth/request-password-reset',
      headers: json,
      payload: { email, redirectTo: '/app/reset-password' },
    });
    expect(asked.statusCode).toBe(200);
    // The reset mail is queued after the answer (the same work for known and unknown addresses).
    let href: string | undefined;
    for (let tries = 0; !href && tries < 100; tries++) {
      const outbox = await app.inject({ url: '/dev/outbox', remoteAddress: '127.0.0.1' });
      href = /href="([^"]*reset-password[^"]*)"/.exec(outbox.body)?.[1];
      if (!href) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const link = new URL(href!.replace(/&amp;/g, '&'));
    const followed = await app.inject({ url: link.pathname + link.search });
    const token = new URL(String(followed.headers.location), origin).searchParams.get('token')!;
    expect(token).toMatch(/\w{16,}/);

    const stored = await app.database.db.execute<{ identifier: string; value: string }>(
      sql`select identifier, value from verification`,
    );
    const rows = stored.rows.map((row) => `${row.identifier} ${row.value}`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => row.includes(token))).toBe(false);

    const reset = await app.inject({
      method: 'POST',
      url: '/api/auth/reset-password',
      headers: json,
      payload: { token, newPassword: 'a brand new password' },
    });
    expect(reset.statusCode, reset.body).toBe(200);
  });
});
