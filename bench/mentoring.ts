// `node bench/mentoring.ts`: mentor suggestions (GET /api/mentoring/suggestions) on PostgreSQL with
// 100,000 generated professionals (the directory's seeding), of whom those the seed marks as
// offering to mentor get an offer (areas, capacity 1–4, a mix of formats; about one in five full).
// Over real HTTP with a newer therapist's session cookie, against the framework floor in the same
// run. Prints one JSON object. Creates and drops its own database on 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { createBenchDatabase, dropBenchDatabase, fillBenchDatabase } from './directory-data.ts';
import { assertLoopback, benchSecrets, load, round, startBenchServer, type startServer } from './support.ts';

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const profiles = Number(process.env.BENCH_PROFILES ?? 100_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
// One connection measures a request's own latency (as bench/clients.ts); 8 shows it under contention.
const connectionCounts = (process.env.BENCH_CONNECTIONS ?? '1,8').split(',').map(Number);
const origin = 'http://127.0.0.1:9';
const log = (message: string) => process.stderr.write(`[bench:mentoring] ${message}\n`);

assertLoopback(adminUrl);
const name = `kneadwork_bench_mentoring_${process.pid}`;
const loadAverageAtStart = os.loadavg().map((value) => round(value));
const url = await createBenchDatabase(adminUrl, name);
let server: ReturnType<typeof startServer> | undefined;

// Offers for every profile the seed marks as offering, spread by a hash of the user id.
const offersSql = `
insert into mentoring_profiles (user_id, offer_areas, capacity, offer_format, active_mentees)
select user_id,
  case abs(hashtext(user_id)) % 5
    when 0 then array['business','marketing'] when 1 then array['starting-out','self-care']
    when 2 then array['clinical-reasoning'] when 3 then array['specialties-modalities','business']
    else array['starting-out','clinical-reasoning','self-care'] end,
  1 + abs(hashtext(user_id || 'c')) % 4,
  (array['in-person','online','both','both'])[1 + abs(hashtext(user_id || 'f')) % 4],
  0
from profiles where offering_mentorship`;
// About one mentor in five has no room left: never suggested, but still in the indexes.
const fullSql = `update mentoring_profiles set active_mentees = capacity where abs(hashtext(user_id || 'x')) % 5 = 0`;

/** The mentees: newer therapists in a dense city, a small town, and one with no specialty. */
const mentees = {
  newYorkPrenatal: { postalCode: '10001', specialties: ['prenatal', 'sports'], modalities: ['swedish'] },
  smallTownOnline: { postalCode: '59001', specialties: ['geriatric'], modalities: ['deep-tissue'] },
  noSpecialty: { postalCode: '60601', specialties: [], modalities: [] },
};

async function seedMentees() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kneadwork-bench-mentoring-'));
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    DATABASE_URL: url,
    PUBLIC_URL: origin,
    ...benchSecrets,
  });
  const database = await openDatabase(config.database);
  const app = await buildApp(config, database, { logger: false, mailTransport: null });
  const cookies: Record<string, string> = {};
  for (const [label, profile] of Object.entries(mentees)) {
    const signUp = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      headers: { origin, 'content-type': 'application/json' },
      payload: {
        name: `Bench ${label}`,
        email: `${label.toLowerCase()}@bench.example`,
        password: 'a long enough password',
      },
    });
    if (signUp.statusCode !== 200) throw new Error(`sign-up failed: ${signUp.statusCode} ${signUp.body.slice(0, 200)}`);
    const cookie = ([signUp.headers['set-cookie']].flat().filter(Boolean) as string[])
      .map((c) => c.split(';')[0])
      .join('; ');
    const headers = { origin, cookie, 'content-type': 'application/json' };
    for (const [method, route, payload] of [
      [
        'PUT',
        '/api/me/profile',
        { displayName: `Bench ${label}`, country: 'US', firstYearInPractice: 2024, ...profile },
      ],
      ['PUT', '/api/me/mentoring', { seeking: { areas: ['business', 'starting-out'], format: 'both' } }],
    ] as const) {
      const answer = await app.inject({ method, url: route, headers, payload });
      if (answer.statusCode !== 200) throw new Error(`${route}: ${answer.statusCode} ${answer.body.slice(0, 200)}`);
    }
    cookies[label] = cookie;
  }
  await app.close();
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
  return cookies;
}

try {
  log(`seeding ${profiles} professionals into ${name}`);
  const data = await fillBenchDatabase(url, profiles, 1);
  const raw = new pg.Client({ connectionString: url });
  await raw.connect();
  await raw.query(offersSql);
  await raw.query(fullSql);
  await raw.query('analyze');
  const { rows } = await raw.query<{ mentors: string; open: string }>(
    `select count(*) as mentors, count(*) filter (where active_mentees < capacity) as open from mentoring_profiles`,
  );
  await raw.end();
  const cookies = await seedMentees();
  const started = await startBenchServer(url);
  server = started.server;
  const base = started.base;
  const route = '/api/mentoring/suggestions';

  const samples: Record<string, unknown> = {};
  for (const [label, cookie] of Object.entries(cookies)) {
    const answer = await fetch(`${base}${route}`, { headers: { cookie, origin: base } });
    const body = (await answer.json()) as { items: { score: number; reasons: string[] }[] };
    samples[label] = { status: answer.status, suggestions: body.items.length, first: body.items[0] ?? null };
    await load(`${base}${route}`, 4, 2, undefined, { cookie, origin: base });
  }
  const floor: Record<string, Awaited<ReturnType<typeof load>>> = {};
  const runs: Record<string, Awaited<ReturnType<typeof load>>> = {};
  for (const connections of connectionCounts) {
    log(`floor at ${connections} connections: an unknown route (hooks, 404 body), no database`);
    floor[`at${connections}`] = await load(`${base}/api/bench-floor`, connections, seconds);
    // A signed-in route with one small read: what the session check and one query cost alone.
    log(`signed-in floor at ${connections} connections: GET /api/me/mentoring`);
    floor[`signedInAt${connections}`] = await load(`${base}/api/me/mentoring`, connections, seconds, undefined, {
      cookie: Object.values(cookies)[0]!,
      origin: base,
    });
    for (const [label, cookie] of Object.entries(cookies)) {
      log(`suggestions for ${label} at ${connections} connections`);
      runs[`${label}At${connections}`] = await load(`${base}${route}`, connections, seconds, undefined, {
        cookie,
        origin: base,
      });
    }
  }
  const single = Object.entries(runs).filter(([label]) => label.endsWith(`At${connectionCounts[0]}`));
  const worstP99 = Math.max(...single.map(([, run]) => run.p99Ms));
  const result = {
    machine: { cpus: os.cpus().length, node: process.version, postgres: data.postgres, loadAverageAtStart },
    dataset: {
      profiles,
      seedAndIndexSeconds: data.seconds,
      mentorsOffering: Number(rows[0]?.mentors ?? 0),
      mentorsWithRoom: Number(rows[0]?.open ?? 0),
    },
    connections: connectionCounts,
    durationSeconds: seconds,
    floor: {
      route: 'GET /api/bench-floor (404 through every hook, no database); signedIn: GET /api/me/mentoring',
      ...floor,
    },
    suggestions: Object.fromEntries(
      Object.entries(runs).map(([label, run]) => [label, { route: `GET ${route} as ${label}`, ...run }]),
    ),
    samples,
    targets: {
      suggestionsP99AtMost50Ms: { connections: connectionCounts[0], actual: worstP99, met: worstP99 <= 50 },
    },
  };
  console.log(JSON.stringify(result, null, 2));
} catch (error) {
  // Logged before the database is dropped: dropping it ends open connections, which hides the cause.
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
} finally {
  await server?.stop();
  await dropBenchDatabase(adminUrl, name);
}
