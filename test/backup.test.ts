// Backups made while the server keeps writing, restored into a fresh directory and started there:
// everything acknowledged before the backup began is back and equal, uploads too; clinical text
// reads with the key, and without it cannot be read. The key is never inside the backup.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.ts';
import { createBackup, pruneBackups } from '../src/server/backup/backup.service.ts';
import { restoreBackup } from '../src/server/backup/restore.service.ts';
import { loadConfig } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { uploadLogo } from './support/letters.ts';
import { addConsent, call, refer, referralBody } from './support/referrals.ts';
import { listMember, type Listed } from './support/listed-members.ts';
import { createTestApp, origin, type TestApp } from './support/test-app.ts';

const key = '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
const note = 'Sciatica on the left since March; avoid deep pressure over the piriformis.';
// A restore creates a database from nothing (initdb and every migration): slow on a busy machine.
const restoreTimeout = 240_000;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'kneadwork-backup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** An app started on a restored directory, as `npm start` would after `npm run restore`. */
async function restoredApp(file: string, encryptionKey: string) {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: mkdtempSync(path.join(scratch, 'restored-')),
    PUBLIC_URL: origin,
    AUTH_SECRET: 'test-secret-test-secret-test-secret-0',
    ENCRYPTION_KEY: encryptionKey,
    LOG_LEVEL: 'silent',
  });
  const result = await restoreBackup(config, file);
  const database = await openDatabase(config.database);
  await database.migrate();
  const app = await buildApp(config, database, { logger: false, mailTransport: null });
  await app.ready();
  return { app, result, config, close: async () => (await app.close(), await database.close()) };
}

describe('backup and restore of the embedded database', () => {
  let app: TestApp;
  let maria: Listed;
  let file: string;
  const acknowledged: Record<string, { url: string; body: string }> = {};
  const later: string[] = [];

  beforeAll(async () => {
    app = await createTestApp('pglite', { env: { BACKUP_DIR: path.join(scratch, 'backups') } });
    maria = await listMember(app, {
      displayName: 'Maria Alvarez',
      postalCode: '02116',
      country: 'US',
      profession: 'massage-therapist',
      visibility: 'public',
      timeZone: 'America/New_York',
    });
    const chiro = await listMember(app, {
      displayName: 'Dr. Ben Carter',
      postalCode: '02139',
      country: 'US',
      profession: 'chiropractor',
      visibility: 'public',
      acceptingReferrals: true,
    });
    await uploadLogo(app, maria.cookie);
    const contact = (
      await call(app, maria, 'POST', '/api/contacts', {
        name: 'Olga Osteo',
        profession: 'physician',
        followUpOn: '2031-05-20',
      })
    ).json<{ id: string }>();
    const client = (await call(app, maria, 'POST', '/api/clients', { name: 'Jordan Lee', notes: note })).json<{
      id: string;
    }>();
    const consentId = await addConsent(app, maria, client.id);
    const referral = await refer(app, maria, referralBody(client.id, consentId, { toMemberSlug: chiro.slug }));
    const logoUrl = (await call(app, maria, 'GET', '/api/me/profile')).json<{ logoUrl: string }>().logoUrl;
    for (const [name, url] of Object.entries({
      profile: '/api/me/profile',
      contact: `/api/contacts/${contact.id}`,
      client: `/api/clients/${client.id}`,
      referral: `/api/referrals/${referral.id}`,
      logo: logoUrl,
    })) {
      const response = await call(app, maria, 'GET', url);
      expect(response.statusCode, url).toBe(200);
      acknowledged[name] = { url, body: response.body };
    }
    // Writes race the backup; whether they make it in is up to the snapshot, but nothing may break.
    const [made] = await Promise.all([
      createBackup(app.config, app.database.db, 'pglite'),
      ...[1, 2, 3, 4].map(async (n) => {
        const response = await call(app, maria, 'POST', '/api/contacts', {
          name: `Racing Contact ${n}`,
          profession: 'dentist',
        });
        later.push(response.statusCode === 201 ? response.json<{ id: string }>().id : `failed ${response.statusCode}`);
      }),
    ]);
    file = made;
  });
  afterAll(() => app.cleanup());

  it('writes one compressed, time-stamped file without the encryption key or the session secret', () => {
    expect(path.basename(file)).toMatch(/^kneadwork-\d{4}-\d{2}-\d{2}T\d{6}Z\.tar\.gz$/);
    const bytes = gunzipSync(readFileSync(file));
    expect(bytes.includes(key)).toBe(false);
    expect(bytes.includes(Buffer.from(key, 'hex'))).toBe(false);
    expect(bytes.includes(Buffer.from(key, 'hex').toString('base64'))).toBe(false);
    expect(bytes.includes('test-secret-test-secret-test-secret-0')).toBe(false);
    expect(bytes.includes(note)).toBe(false);
    expect(later.every((id) => !id.startsWith('failed'))).toBe(true);
  });

  it(
    'restores into a fresh directory where everything acknowledged before the backup is present and equal',
    async () => {
      const restored = await restoredApp(file, key);
      try {
        expect(restored.result.keyMatches).toBe(true);
        for (const { url, body } of Object.values(acknowledged)) {
          const response = await restored.app.inject({ url, headers: { cookie: maria.cookie, origin } });
          expect(response.statusCode, url).toBe(200);
          expect(response.body, url).toBe(body);
        }
        expect(JSON.parse(acknowledged.client!.body)).toMatchObject({ notes: note });
        // The restored database takes new writes (its sequences and constraints are in order).
        expect(
          (
            await restored.app.inject({
              method: 'POST',
              url: '/api/contacts',
              headers: { cookie: maria.cookie, origin, 'content-type': 'application/json' },
              payload: { name: 'After Restore', profession: 'lawyer' },
            })
          ).statusCode,
        ).toBe(201);
      } finally {
        await restored.close();
      }
    },
    restoreTimeout,
  );

  it(
    'restored without the key, cannot read clinical text',
    async () => {
      const restored = await restoredApp(file, 'fe'.repeat(32));
      try {
        expect(restored.result.keyMatches).toBe(false);
        const response = await restored.app.inject({
          url: acknowledged.client!.url,
          headers: { cookie: maria.cookie, origin },
        });
        expect(response.statusCode).toBe(500);
        expect(response.body).not.toContain('Sciatica');
        // What needs no key is all there.
        expect(
          (await restored.app.inject({ url: acknowledged.contact!.url, headers: { cookie: maria.cookie, origin } }))
            .body,
        ).toBe(acknowledged.contact!.body);
      } finally {
        await restored.close();
      }
    },
    restoreTimeout,
  );

  it('refuses a data directory that is not empty', async () => {
    const dataDir = mkdtempSync(path.join(scratch, 'used-'));
    mkdirSync(path.join(dataDir, 'pglite'));
    writeFileSync(path.join(dataDir, 'pglite', 'PG_VERSION'), '17');
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, ENCRYPTION_KEY: key, LOG_LEVEL: 'silent' });
    await expect(restoreBackup(config, file)).rejects.toThrow(
      /is not empty \(pglite\)\. Restore only into an empty data directory/,
    );
  });

  it('keeps only the newest backups', async () => {
    const dir = mkdtempSync(path.join(scratch, 'keep-'));
    for (const day of ['01', '02', '03', '04'])
      writeFileSync(path.join(dir, `kneadwork-2026-12-${day}T033000Z.tar.gz`), '');
    writeFileSync(path.join(dir, 'notes.txt'), '');
    expect(pruneBackups(dir, 2)).toEqual([
      'kneadwork-2026-12-01T033000Z.tar.gz',
      'kneadwork-2026-12-02T033000Z.tar.gz',
    ]);
  });
});

// PostgreSQL only: skipped without TEST_DATABASE_URL (CI sets POSTGRES_REQUIRED, so a missing database fails the run).
describe.skipIf(!process.env.TEST_DATABASE_URL)('backup with PostgreSQL', () => {
  // reason: PostgreSQL only, without TEST_DATABASE_URL (CI requires it)
  it('holds the uploads and leaves the database to pg_dump', async () => {
    const app = await createTestApp('postgres', { env: { BACKUP_DIR: path.join(scratch, 'pg-backups') } });
    try {
      const maria = await listMember(app, { displayName: 'Maria Alvarez', postalCode: '02116', country: 'US' });
      await uploadLogo(app, maria.cookie);
      const bytes = gunzipSync(readFileSync(await createBackup(app.config, app.database.db, 'postgres'))).toString(
        'latin1',
      );
      expect(bytes).toMatch(/uploads\/[^\0]+\.(png|webp|jpg)/);
      expect(bytes).toContain('"database": "not-included"');
      expect(bytes).not.toContain('database/public.');
    } finally {
      await app.cleanup();
    }
  });
});
