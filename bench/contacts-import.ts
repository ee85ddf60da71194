// `node bench/contacts-import.ts`: a 10,000-row CSV contacts import through the real HTTP routes
// (app.inject: upload + preview, then confirm), on a fresh PostgreSQL database and on a fresh
// embedded (PGlite) database. Prints one JSON object; target ≥ 2,000 rows/s end to end on PostgreSQL.
// Creates and drops its own database on 127.0.0.1 and its own temporary data directories.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { createBenchDatabase, dropBenchDatabase } from './directory-data.ts';
import { assertLoopback, benchSecrets, round } from './support.ts';

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const rows = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const origin = 'http://localhost:3000';
const log = (message: string) => process.stderr.write(`[bench:contacts-import] ${message}\n`);

// A Google Contacts export (the newer headers) of generated professionals.
function generateCsv(count: number) {
  const titles = [
    'Chiropractor',
    'Physical therapist',
    'Family physician',
    'Dentist',
    'Attorney',
    'Licensed massage therapist',
    'Naturopathic doctor',
    'Personal trainer',
  ];
  const cities = [
    ['Boston', 'MA', '02108'],
    ['Chicago', 'IL', '60606'],
    ['Toronto', 'ON', 'M5H 2M9'],
    ['Denver', 'CO', '80202'],
    ['Seattle', 'WA', '98101'],
  ] as const;
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [
    'First Name,Last Name,Organization Name,Organization Title,E-mail 1 - Value,Phone 1 - Value,Address 1 - Street,Address 1 - City,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Labels,Notes',
  ];
  for (let i = 0; i < count; i++) {
    const [city, region, postal] = cities[i % cities.length]!;
    const title = titles[i % titles.length]!;
    lines.push(
      [
        `Person${i}`,
        `Surname${i % 997}`,
        `${city} ${title} Group ${i % 50}`,
        title,
        `person${i}@bench.example`,
        `+1 617 555 ${String(i % 10_000).padStart(4, '0')}`,
        `${100 + (i % 900)} Main St`,
        city,
        region,
        postal,
        region === 'ON' ? 'Canada' : 'United States',
        'Referral partners ::: * myContacts',
        `Met at the ${city} wellness fair.\nFollow up about co-hosting a workshop.`,
      ]
        .map(quote)
        .join(','),
    );
  }
  return Buffer.from(lines.join('\r\n'));
}

function multipart(fileName: string, bytes: Buffer) {
  const boundary = '----kneadwork-bench';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

async function measure(env: Record<string, string>, csv: Buffer) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kneadwork-bench-import-'));
  const config = loadConfig({
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    PUBLIC_URL: origin,
    ...benchSecrets,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '1000000000',
    ...env,
  });
  const database = await openDatabase(config.database);
  try {
    await database.migrate();
    const app = await buildApp(config, database, { logger: false, mailTransport: null });
    try {
      const signUp = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-up/email',
        headers: { origin, 'content-type': 'application/json' },
        payload: { name: 'Bench Member', email: 'bench@example.com', password: 'a long enough password' },
      });
      const cookie = ([signUp.headers['set-cookie']].flat().filter(Boolean) as string[])
        .map((c) => c.split(';')[0])
        .join('; ');
      const body = multipart('contacts.csv', csv);
      const started = performance.now();
      const upload = await app.inject({
        method: 'POST',
        url: '/api/contacts/import',
        headers: { cookie, origin, 'content-type': body.contentType },
        payload: body.payload,
      });
      if (upload.statusCode !== 200)
        throw new Error(`preview failed: ${upload.statusCode} ${upload.body.slice(0, 300)}`);
      const preview = upload.json<{ token: string; total: number; rows: { index: number; problems: unknown[] }[] }>();
      const previewed = performance.now();
      const choices = preview.rows
        .filter((row) => row.problems.length === 0)
        .map((row) => ({ index: row.index, action: 'import' }));
      const confirm = await app.inject({
        method: 'POST',
        url: `/api/contacts/import/${preview.token}/confirm`,
        headers: { cookie, origin, 'content-type': 'application/json' },
        payload: { rows: choices },
      });
      if (confirm.statusCode !== 200)
        throw new Error(`confirm failed: ${confirm.statusCode} ${confirm.body.slice(0, 300)}`);
      const confirmed = performance.now();
      const result = confirm.json<{ imported: number }>();
      const listed = (await app.inject({ url: '/api/contacts?pageSize=1', headers: { cookie } })).json<{
        total: number;
      }>().total;
      if (listed !== rows || result.imported !== rows)
        throw new Error(`expected ${rows} contacts, found ${listed} (imported ${result.imported})`);
      const seconds = (from: number, to: number) => (to - from) / 1000;
      return {
        rows,
        fileBytes: csv.length,
        previewResponseBytes: upload.rawPayload.length,
        previewMs: Math.round(previewed - started),
        confirmMs: Math.round(confirmed - previewed),
        endToEndMs: Math.round(confirmed - started),
        previewRowsPerSecond: Math.round(rows / seconds(started, previewed)),
        confirmRowsPerSecond: Math.round(rows / seconds(previewed, confirmed)),
        endToEndRowsPerSecond: Math.round(rows / seconds(started, confirmed)),
      };
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

assertLoopback(adminUrl);
const loadAverageAtStart = os.loadavg().map((value) => round(value));
const csv = generateCsv(rows);
const name = `kneadwork_bench_import_${process.pid}`;
const url = await createBenchDatabase(adminUrl, name);
let postgres: Awaited<ReturnType<typeof measure>>;
try {
  log(`PostgreSQL: importing ${rows} rows (${round(csv.length / 1024 / 1024)} MB)`);
  postgres = await measure({ DATABASE_URL: url }, csv);
} finally {
  await dropBenchDatabase(adminUrl, name);
}
log(`embedded (PGlite): importing ${rows} rows`);
const pglite = await measure({}, csv);
console.log(
  JSON.stringify(
    {
      machine: { cpus: os.cpus().length, node: process.version, loadAverageAtStart },
      route:
        'POST /api/contacts/import (multipart CSV) → POST /api/contacts/import/{token}/confirm (every row imported)',
      postgres,
      pglite,
      targets: {
        endToEndAtLeast2000RowsPerSecondOnPostgres: {
          actual: postgres.endToEndRowsPerSecond,
          met: postgres.endToEndRowsPerSecond >= 2000,
        },
      },
    },
    null,
    2,
  ),
);
