// `node bench/letters-pdf.ts`: a 200-contact mail merge as the web app runs it — for each contact
// POST /api/letters (an edited template filled for them) then GET /api/letters/{id}/pdf — through
// the real app in process (app.inject), for a member with a full profile and a logo. Runs on the
// embedded database and, when reachable, on a fresh PostgreSQL database on 127.0.0.1. Prints one
// JSON object; the target is ≥ 20 PDFs/s.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { contacts } from '../src/server/db/schema/index.ts';
import { fullProfile } from '../test/support/letters.ts';
import { createBenchDatabase, dropBenchDatabase } from './directory-data.ts';
import { assertLoopback, benchSecrets, percentile, round } from './support.ts';

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const contactCount = Number(process.env.BENCH_LETTERS ?? 200);
const origin = 'http://127.0.0.1:3000';
const log = (message: string) => process.stderr.write(`[bench:letters-pdf] ${message}\n`);
const professions = [
  'chiropractor',
  'physician',
  'dentist',
  'physiotherapist',
  'massage-therapist',
  'lawyer',
  'chamber-member',
  'naturopath',
];

// The same full profile the letters tests print (every field a letter draws from).
const profile = fullProfile;

async function mailMerge(env: Record<string, string>) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kneadwork-bench-letters-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    PUBLIC_URL: origin,
    ...benchSecrets,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '1000000000',
    ...env,
  });
  const database = await openDatabase(config.database);
  await database.migrate();
  const app = await buildApp(config, database, { logger: false, mailTransport: null });
  try {
    const signUp = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      headers: { origin },
      payload: { name: 'Maria Alvarez', email: 'maria@bench.example', password: 'a long enough password' },
    });
    const cookie = [signUp.headers['set-cookie']]
      .flat()
      .map((c) => String(c).split(';')[0])
      .join('; ');
    const headers = { cookie, origin };
    const userId = (await app.inject({ url: '/api/auth/get-session', headers })).json<{ user: { id: string } }>().user
      .id;
    await app.inject({ method: 'PUT', url: '/api/me/profile', headers, payload: profile });
    const logo = await sharp({ create: { width: 400, height: 400, channels: 3, background: '#2f6b4f' } })
      .png()
      .toBuffer();
    const boundary = '----bench';
    const multipart = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="logo.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      logo,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    await app.inject({
      method: 'POST',
      url: '/api/me/profile/logo',
      headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: multipart,
    });

    const rows = Array.from({ length: contactCount }, (_, i) => ({
      ownerUserId: userId,
      name: `Dr. Contact${i} Lastname${i}, DC`,
      profession: professions[i % professions.length]!,
      organisation: `Clinic ${i}`,
      street: `${i + 1} Main St`,
      city: 'Boston',
      region: 'MA',
      postalCode: '02108',
      email: `contact${i}@bench.example`,
    }));
    const ids = (await database.db.insert(contacts).values(rows).returning({ id: contacts.id })).map((row) => row.id);
    const template = {
      subject: 'Introducing {{myName}}',
      body: (await app.inject({ url: '/api/letters/templates', headers })).json<{ templates: { body: string }[] }>()
        .templates[0]!.body,
    };

    const perLetterMs: number[] = [];
    let bytes = 0;
    const started = performance.now();
    for (const contactId of ids) {
      const one = performance.now();
      const created = await app.inject({
        method: 'POST',
        url: '/api/letters',
        headers,
        payload: { contactId, template },
      });
      if (created.statusCode !== 201) throw new Error(`POST /api/letters: ${created.statusCode} ${created.body}`);
      const pdf = await app.inject({ url: `/api/letters/${created.json<{ id: string }>().id}/pdf`, headers });
      if (pdf.statusCode !== 200) throw new Error(`GET pdf: ${pdf.statusCode}`);
      bytes += pdf.rawPayload.length;
      perLetterMs.push(performance.now() - one);
    }
    const seconds = (performance.now() - started) / 1000;
    const sorted = perLetterMs.sort((a, b) => a - b);
    const pdfsPerSecond = round(ids.length / seconds, 1);
    return {
      letters: ids.length,
      seconds: round(seconds),
      pdfsPerSecond,
      meanPdfBytes: Math.round(bytes / ids.length),
      perLetterMs: {
        p50: round(percentile(sorted, 50)),
        p95: round(percentile(sorted, 95)),
        max: round(sorted.at(-1) ?? 0),
      },
      target: { pdfsPerSecondAtLeast20: { actual: pdfsPerSecond, met: pdfsPerSecond >= 20 } },
    };
  } finally {
    await app.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const result: Record<string, unknown> = {
  route: 'POST /api/letters (edited template) + GET /api/letters/{id}/pdf per contact, sequential',
  machine: {
    cpus: os.cpus().length,
    node: process.version,
    loadAverageAtStart: os.loadavg().map((value) => round(value)),
  },
};
log(`mail merge of ${contactCount} letters on the embedded database`);
result.pglite = await mailMerge({});

assertLoopback(adminUrl);
const name = `kneadwork_bench_letters_${process.pid}`;
const url = await createBenchDatabase(adminUrl, name).catch((error: unknown) => {
  log(`PostgreSQL not reachable (${String(error)}); measured on the embedded database only`);
  return null;
});
if (url) {
  try {
    log(`mail merge of ${contactCount} letters on PostgreSQL`);
    result.postgres = await mailMerge({ DATABASE_URL: url });
  } finally {
    await dropBenchDatabase(adminUrl, name);
  }
}
console.log(JSON.stringify(result, null, 2));
