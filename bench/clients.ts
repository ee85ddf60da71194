// `node bench/clients.ts`: a therapist with 500 clients and 20,000 signed session notes (one client
// with 200) on a fresh PostgreSQL database. Over real HTTP with the therapist's session cookie,
// against the framework floor in the same run: the client list, one client's record (each read is
// written to the access log, as in use), and that client's sessions. Then the whole-record export
// (JSON and PDF) of the client with 200 sessions. Prints one JSON object; targets: list and record
// p99 ≤ 25 ms, export ≤ 2 s.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { buildApp, servicesOf } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { createBenchDatabase, dropBenchDatabase } from './directory-data.ts';
import { assertLoopback, benchSecrets, load, round, startBenchServer, type startServer } from './support.ts';

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const clientCount = Number(process.env.BENCH_CLIENTS ?? 500);
const sessionCount = Number(process.env.BENCH_SESSIONS ?? 20_000);
const bigClientSessions = 200;
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 1);
const exportRuns = Number(process.env.BENCH_EXPORTS ?? 5);
const origin = 'http://127.0.0.1:9';
const log = (message: string) => process.stderr.write(`[bench:clients] ${message}\n`);

assertLoopback(adminUrl);
const name = `kneadwork_bench_clients_${process.pid}`;
const loadAverageAtStart = os.loadavg().map((value) => round(value));
const url = await createBenchDatabase(adminUrl, name);
let server: ReturnType<typeof startServer> | undefined;

const note = (i: number) => ({
  subjective: `Reports the right shoulder tighter after a week of long drives (${i}); sleeping better since the last visit.`,
  objective: 'Hypertonic upper trapezius and levator scapulae on the right; rotation to the left limited by about 15°.',
  assessment: 'Muscular tension pattern consistent with posture at the wheel; no red flags today.',
  plan: 'Continue every two weeks; chin tucks and doorway stretch twice a day; review in four visits.',
  techniques: ['swedish', 'trigger-point', 'myofascial'],
  areas: ['neck', 'right-shoulder', 'upper-back'],
  pressure: 'moderate',
  homeCare: 'Heat for ten minutes in the evening.',
});

/** The therapist, their clients (through the clients service: each gets its own key) and sessions. */
async function seed() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kneadwork-bench-clients-'));
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    DATABASE_URL: url,
    PUBLIC_URL: origin,
    ...benchSecrets,
  });
  const database = await openDatabase(config.database);
  await database.migrate();
  const app = await buildApp(config, database, { logger: false, mailTransport: null });
  const signUp = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-up/email',
    headers: { origin, 'content-type': 'application/json' },
    payload: { name: 'Bench Therapist', email: 'bench.therapist@bench.example', password: 'a long enough password' },
  });
  if (signUp.statusCode !== 200) throw new Error(`sign-up failed: ${signUp.statusCode} ${signUp.body.slice(0, 200)}`);
  const cookie = ([signUp.headers['set-cookie']].flat().filter(Boolean) as string[])
    .map((c) => c.split(';')[0])
    .join('; ');
  const userId = signUp.json<{ user: { id: string } }>().user.id;
  const actor = {
    kind: 'member' as const,
    userId,
    email: 'bench.therapist@bench.example',
    name: 'Bench Therapist',
    emailVerified: true,
  };
  const { clients } = servicesOf(app);
  const ids: string[] = [];
  for (let i = 0; i < clientCount; i++) {
    const client = await clients.create(actor, {
      name: `Client ${String(i).padStart(4, '0')} Benchmark`,
      email: `client${i}@bench.example`,
      phone: '555-010-2000',
      dateOfBirth: '1980-05-06',
      notes: 'Chronic low back pain since 2019; prefers moderate pressure; no contraindications known.',
    });
    ids.push(client.id);
  }
  // Sessions: the first client has 200; the rest share the remainder. Sealed under each client's key.
  const perClient = Math.floor((sessionCount - bigClientSessions) / (clientCount - 1));
  const remainder = sessionCount - bigClientSessions - perClient * (clientCount - 1);
  const raw = new pg.Client({ connectionString: url });
  await raw.connect();
  let made = 0;
  for (const [index, clientId] of ids.entries()) {
    const count = index === 0 ? bigClientSessions : perClient + (index <= remainder ? 1 : 0);
    const sealer = await clients.sealed.forClient(clientId);
    const rows = Array.from({ length: count }, (_, n) => {
      const day = new Date(Date.UTC(2022, 0, 1) + n * 7 * 86_400_000).toISOString().slice(0, 10);
      return [clientId, userId, day, sealer.sealJson(note(n)), 6 - (n % 5), 3 - (n % 3)];
    });
    for (let start = 0; start < rows.length; start += 200) {
      const chunk = rows.slice(start, start + 200);
      const values = chunk
        .map(
          (_, i) =>
            `($${i * 6 + 1}, $${i * 6 + 2}, $${i * 6 + 3}::date, $${i * 6 + 4}, true, $${i * 6 + 5}, $${i * 6 + 6}, now(), $${i * 6 + 2}, 'Bench Therapist')`,
        )
        .join(',');
      await raw.query(
        `insert into session_notes (client_id, owner_user_id, session_date, note_enc, contraindications_checked, pain_before, pain_after, signed_at, signed_by_user_id, signed_by_label) values ${values}`,
        chunk.flat(),
      );
    }
    made += count;
  }
  await raw.query('analyze');
  await raw.end();
  await app.close();
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
  return { cookie, bigClient: ids[0]!, sessions: made };
}

try {
  const seedStarted = performance.now();
  const { cookie, bigClient, sessions } = await seed();
  log(
    `seeded ${clientCount} clients and ${sessions} sessions in ${round((performance.now() - seedStarted) / 1000, 1)} s`,
  );
  const started = await startBenchServer(url);
  server = started.server;
  const base = started.base;
  const headers = { cookie, origin: base };
  const routes = {
    list: '/api/clients',
    record: `/api/clients/${bigClient}`,
    sessions: `/api/clients/${bigClient}/sessions`,
  };
  for (const route of Object.values(routes)) {
    const answer = await fetch(`${base}${route}`, { headers });
    if (!answer.ok) throw new Error(`${route} answered ${answer.status}: ${(await answer.text()).slice(0, 200)}`);
  }
  log('warming up');
  await load(`${base}${routes.list}`, connections, 2, undefined, headers);
  log(`${connections} connection(s): floor, list, record, sessions`);
  const floor = await load(`${base}/api/bench-floor`, connections, seconds);
  const list = await load(`${base}${routes.list}`, connections, seconds, undefined, headers);
  const record = await load(`${base}${routes.record}`, connections, seconds, undefined, headers);
  const sessionList = await load(`${base}${routes.sessions}`, connections, seconds, undefined, headers);
  const timeExport = async (suffix: string) => {
    const times: number[] = [];
    let bytes = 0;
    for (let run = 0; run < exportRuns; run++) {
      const begun = performance.now();
      const answer = await fetch(`${base}/api/clients/${bigClient}/${suffix}`, { headers });
      bytes = (await answer.arrayBuffer()).byteLength;
      if (!answer.ok) throw new Error(`export ${suffix} answered ${answer.status}`);
      times.push(performance.now() - begun);
    }
    times.sort((a, b) => a - b);
    return {
      runs: exportRuns,
      medianMs: round(times[Math.floor(times.length / 2)]!),
      maxMs: round(times.at(-1)!),
      bytes,
    };
  };
  log('exports of the client with 200 sessions');
  const exportJson = await timeExport('export');
  const exportPdf = await timeExport('export.pdf');
  await server.stop();
  server = undefined;
  console.log(
    JSON.stringify(
      {
        database: 'postgres',
        clients: clientCount,
        sessions,
        connections,
        secondsPerRoute: seconds,
        loadAverageAtStart,
        floor: { route: 'GET /api/bench-floor (404 through every hook, no database)', ...floor },
        clientList: { route: 'GET /api/clients (500 names, consent counts)', ...list },
        clientRecord: {
          route: 'GET /api/clients/{id} (opened for the therapist, one access-log row per read)',
          ...record,
        },
        clientSessions: { route: 'GET /api/clients/{id}/sessions (200 notes)', ...sessionList },
        exportJson: { route: 'GET /api/clients/{id}/export (200 sessions)', ...exportJson },
        exportPdf: { route: 'GET /api/clients/{id}/export.pdf (200 sessions)', ...exportPdf },
        targets: {
          listP99AtMost25Ms: { actual: list.p99Ms, met: list.p99Ms <= 25 },
          recordP99AtMost25Ms: { actual: record.p99Ms, met: record.p99Ms <= 25 },
          exportAtMost2s: {
            actual: Math.max(exportJson.maxMs, exportPdf.maxMs),
            met: Math.max(exportJson.maxMs, exportPdf.maxMs) <= 2000,
          },
        },
      },
      null,
      2,
    ),
  );
} finally {
  await server?.stop();
  await dropBenchDatabase(adminUrl, name);
}
