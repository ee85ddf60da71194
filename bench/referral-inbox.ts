// `node bench/referral-inbox.ts`: a member with 5,000 referrals (from 20 colleagues, every status
// and urgency) on a fresh PostgreSQL database; the latency of `GET /api/referrals?box=inbox` through
// the real app (app.inject: session lookup, validation, queries, serialization), first page and a
// status-filtered page. Prints one JSON object; target p99 ≤ 25 ms on the first page.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { encryptText } from '../src/server/lib/crypto.ts';
import { createBenchDatabase, dropBenchDatabase } from './directory-data.ts';
import { assertLoopback, percentile, round } from './support.ts';

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const referralCount = Number(process.env.BENCH_REFERRALS ?? 5000);
const senders = 20;
const samples = Number(process.env.BENCH_SAMPLES ?? 500);
const origin = 'http://localhost:3000';
const log = (message: string) => process.stderr.write(`[bench:referral-inbox] ${message}\n`);

async function measure(url: string) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kneadwork-bench-referrals-'));
  const config = loadConfig({
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    PUBLIC_URL: origin,
    AUTH_SECRET: 'bench-secret-bench-secret-bench-secret',
    ENCRYPTION_KEY: 'a'.repeat(64),
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '1000000000',
    DATABASE_URL: url,
  });
  const database = await openDatabase(config.database);
  try {
    await database.migrate();
    const app = await buildApp(config, database, { logger: false, mailTransport: null });
    try {
      const signUp = async (name: string) => {
        const response = await app.inject({
          method: 'POST',
          url: '/api/auth/sign-up/email',
          headers: { origin, 'content-type': 'application/json' },
          payload: { name, email: 'inbox.owner@bench.example', password: 'a long enough password' },
        });
        if (response.statusCode !== 200)
          throw new Error(`sign-up failed: ${response.statusCode} ${response.body.slice(0, 200)}`);
        const cookie = ([response.headers['set-cookie']].flat().filter(Boolean) as string[])
          .map((c) => c.split(';')[0])
          .join('; ');
        return { cookie, userId: response.json<{ user: { id: string } }>().user.id };
      };
      const member = await signUp('Inbox Owner');
      const from = Array.from({ length: senders }, (_, i) => `bench-sender-${i}`);

      log(`inserting ${senders} senders and ${referralCount} referrals`);
      // Realistic rows: every sealed column holds a real ciphertext of realistic length.
      const sealed = encryptText(
        config.encryptionKey,
        'Suspected L4-L5 facet joint restriction; reduced lumbar extension, no neurological signs.',
      );
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      // Sign-up is rate-limited per address, so the senders (who never sign in here) are inserted directly.
      await client.query(
        `insert into "user" (id, name, email, created_at, updated_at) select id, 'Sender ' || id, id || '@bench.example', now(), now() from unnest($1::text[]) as id`,
        [from],
      );
      await client.query(
        `insert into referrals (from_user_id, to_user_id, recipient_name, recipient_profession, client_id, consent_id, status, urgency, specialty,
           client_name_enc, reason_clinical_enc, reason_plain_enc, what_i_did_enc, observations_enc, packet_enc, created_at, updated_at)
         select ($1::text[])[1 + i % $2], $3, 'Inbox Owner', 'chiropractor', gen_random_uuid(), gen_random_uuid(),
           (array['sent','accepted','declined','scheduled','seen','replied','returned'])[1 + i % 7], (array['routine','soon','urgent'])[1 + i % 3], '',
           $4, $4, $4, $4, $4, $4, now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval
         from generate_series(1, $5) as i`,
        [from, senders, member.userId, sealed, referralCount],
      );
      // What autovacuum would have done by the time a member has 5,000 referrals.
      await client.query('vacuum analyze referrals');
      await client.end();

      const timeOf = async (url: string) => {
        const started = performance.now();
        const response = await app.inject({ method: 'GET', url, headers: { cookie: member.cookie } });
        const elapsed = performance.now() - started;
        if (response.statusCode !== 200)
          throw new Error(`${url}: ${response.statusCode} ${response.body.slice(0, 200)}`);
        return { elapsed, body: response.json<{ total: number; items: unknown[] }>() };
      };
      const run = async (url: string) => {
        for (let i = 0; i < 30; i++) await timeOf(url);
        const times: number[] = [];
        let total = 0;
        for (let i = 0; i < samples; i++) {
          const { elapsed, body } = await timeOf(url);
          times.push(elapsed);
          total = body.total;
        }
        times.sort((a, b) => a - b);
        return {
          url,
          total,
          samples,
          p50Ms: round(percentile(times, 50)),
          p99Ms: round(percentile(times, 99)),
          maxMs: round(times.at(-1)!),
        };
      };
      log(`measuring ${samples} requests per query`);
      return {
        firstPage: await run('/api/referrals?box=inbox'),
        byStatus: await run('/api/referrals?box=inbox&status=sent&page=3'),
        urgentDeep: await run('/api/referrals?box=inbox&urgency=urgent&page=40'),
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
const name = `kneadwork_bench_referrals_${process.pid}`;
const url = await createBenchDatabase(adminUrl, name);
let result: Awaited<ReturnType<typeof measure>>;
try {
  result = await measure(url);
} finally {
  await dropBenchDatabase(adminUrl, name);
}
console.log(
  JSON.stringify(
    {
      machine: { cpus: os.cpus().length, node: process.version, loadAverageAtStart },
      referrals: referralCount,
      ...result,
      targets: { inboxP99AtMost25Ms: { actual: result.firstPage.p99Ms, met: result.firstPage.p99Ms <= 25 } },
    },
    null,
    2,
  ),
);
