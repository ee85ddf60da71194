// `node bench/events.ts`: the public /events page and GET /api/circles?near= on PostgreSQL with
// 100,000 seeded meetings (bench/events-data.ts), over real HTTP against the framework floor in
// the same run; then RSVP throughput: one occurrence with few seats and hundreds of answers at once
// through the RSVP service, checked for over-booking. Prints one JSON object. Creates and drops its
// own database on 127.0.0.1; stops by itself.
import os from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { buildApp, servicesOf } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { createRandom } from '../src/server/seed/random.ts';
import { createBenchDatabase, dropBenchDatabase } from './directory-data.ts';
import { seedMeetings } from './events-data.ts';
import {
  assertLoopback,
  benchSecrets,
  load,
  percentile,
  round,
  startBenchServer,
  type startServer,
} from './support.ts';

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const meetings = Number(process.env.BENCH_MEETINGS ?? 100_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connectionCounts = (process.env.BENCH_CONNECTIONS ?? '8,32').split(',').map(Number);
const rsvpAnswers = Number(process.env.BENCH_RSVPS ?? 400);
const rsvpSeats = Number(process.env.BENCH_SEATS ?? 25);
const near = '10001';
const log = (message: string) => process.stderr.write(`[bench:events] ${message}\n`);

assertLoopback(adminUrl);
const name = `kneadwork_bench_events_${process.pid}`;
const loadAverageAtStart = os.loadavg().map((value) => round(value));
const url = await createBenchDatabase(adminUrl, name);
let server: ReturnType<typeof startServer> | undefined;

async function migrated() {
  const database = await openDatabase({ kind: 'postgres', url });
  await database.migrate();
  await database.close();
}

async function overHttp() {
  const started = await startBenchServer(url);
  server = started.server;
  const base = started.base;
  const events = `/events?near=${near}&radius=25`;
  const circles = `/api/circles?near=${near}&radius=25`;
  const page = await (await fetch(`${base}${events}`)).text();
  const shown = (page.match(/<h3>/g) ?? []).length;
  const dates = (page.match(/<time /g) ?? []).length;
  log(`warming up (${shown} meetings, ${dates} dates on the first page)`);
  await load(`${base}${events}`, 8, 3);
  await load(`${base}${circles}`, 8, 2);
  const random = createRandom(11);
  const byConnections: Record<string, unknown> = {};
  for (const connections of connectionCounts) {
    log(`${connections} connections: floor, /events, /events with a varied radius, /api/circles`);
    const floor = await load(`${base}/api/bench-floor`, connections, seconds);
    const page = await load(`${base}${events}`, connections, seconds);
    const varied = await load(
      `${base}${events}`,
      connections,
      seconds,
      () => `/events?near=${near}&radius=${(20 + random.next() * 10).toFixed(4)}`,
    );
    const api = await load(`${base}${circles}`, connections, seconds);
    byConnections[String(connections)] = {
      floor: { route: 'GET /api/bench-floor (404 through every hook, no database)', ...floor },
      events: { route: `GET ${events}`, ...page },
      eventsVariedRadius: { route: 'GET /events?near=10001&radius=20–30 varied per request', ...varied },
      circlesApi: { route: `GET ${circles}`, ...api },
      targets: {
        eventsP99AtMost25Ms: { actual: page.p99Ms, met: page.p99Ms <= 25 },
        circlesApiP99AtMost25Ms: { actual: api.p99Ms, met: api.p99Ms <= 25 },
      },
    };
  }
  await server.stop();
  server = undefined;
  return { firstPage: { meetings: shown, dates, bytes: Buffer.byteLength(page) }, byConnections };
}

/** One occurrence, `rsvpSeats` seats, `rsvpAnswers` members answering "going" at once. */
async function rsvpContention() {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    `insert into "user" (id, name, email, email_verified) select 'bench-user-' || g, 'Bench member ' || g,
       'bench' || g || '@example.com', true from generate_series(1, $1::int) g`,
    [rsvpAnswers],
  );
  const circle = (await client.query<{ id: string }>(`select id from circles where slug = 'bench-circle-1'`)).rows[0]!;
  await client.query(
    `insert into circle_members (circle_id, user_id, role, status, joined_at)
     select $1, 'bench-user-' || g, 'member', 'active', now() from generate_series(1, $2::int) g`,
    [circle.id, rsvpAnswers],
  );
  const meeting = (
    await client.query<{ id: string; at: Date }>(
      `insert into circle_meetings (circle_id, title, start_local, time_zone, duration_minutes, place_kind, capacity,
         first_start_at, last_end_at)
       select $1, 'Contended supper', to_char(at at time zone 'America/New_York', 'YYYY-MM-DD"T"HH24:MI'),
         'America/New_York', 90, 'room', $2::int, at, at + interval '90 minutes'
       from (select date_trunc('hour', now() + interval '10 days') as at) s
       returning id, first_start_at as at`,
      [circle.id, rsvpSeats],
    )
  ).rows[0]!;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kneadwork-bench-'));
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    DATABASE_URL: url,
    PUBLIC_URL: 'http://127.0.0.1:9',
    ...benchSecrets,
  });
  const database = await openDatabase(config.database);
  const app = await buildApp(config, database, { logger: false, mailTransport: null });
  const { rsvps } = servicesOf(app).meetings;
  const start = meeting.at.toISOString();
  const latencies: number[] = [];
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: rsvpAnswers }, async (_, index) => {
      const userId = `bench-user-${index + 1}`;
      const actor = {
        kind: 'member' as const,
        userId,
        email: `bench${index + 1}@example.com`,
        name: userId,
        emailVerified: true,
      };
      const begun = performance.now();
      const answer = await rsvps.answer(actor, meeting.id, start, true);
      latencies.push(performance.now() - begun);
      return answer.status;
    }),
  );
  const wallMs = performance.now() - started;
  await app.close();
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
  const stored = await client.query<{ status: string; n: number }>(
    `select status, count(*)::int as n from meeting_rsvps where meeting_id = $1 group by status`,
    [meeting.id],
  );
  const seat = await client.query<{ taken: number }>(`select taken from meeting_seats where meeting_id = $1`, [
    meeting.id,
  ]);
  await client.end();
  const count = (status: string) => stored.rows.find((row) => row.status === status)?.n ?? 0;
  const answered = (status: string) => answers.filter((value) => value === status).length;
  latencies.sort((a, b) => a - b);
  return {
    via: 'rsvpService.answer (the route’s service) with the pool of 20 connections, all answers started at once',
    answers: rsvpAnswers,
    seats: rsvpSeats,
    wallMs: round(wallMs),
    rsvpsPerSecond: Math.round(rsvpAnswers / (wallMs / 1000)),
    answerP50Ms: round(percentile(latencies, 50)),
    answerP99Ms: round(percentile(latencies, 99)),
    answeredGoing: answered('going'),
    answeredWaitlisted: answered('waitlisted'),
    storedGoing: count('going'),
    storedWaitlisted: count('waitlisted'),
    seatsTaken: seat.rows[0]?.taken ?? 0,
    noOverBooking:
      count('going') === rsvpSeats &&
      answered('going') === rsvpSeats &&
      (seat.rows[0]?.taken ?? 0) === rsvpSeats &&
      count('waitlisted') === rsvpAnswers - rsvpSeats,
  };
}

try {
  const seedStarted = performance.now();
  await migrated();
  log(`seeding ${meetings} meetings into ${name}`);
  const seeded = await seedMeetings(url, meetings);
  const seedSeconds = round((performance.now() - seedStarted) / 1000, 1);
  log(`seeded ${seeded.meetings} meetings (${seeded.public} of public circles) in ${seedSeconds} s`);
  const http = await overHttp();
  log(`RSVP contention: ${rsvpAnswers} answers for ${rsvpSeats} seats`);
  const rsvp = await rsvpContention();
  const version = await (async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>('show server_version');
    await client.end();
    return rows[0]?.server_version ?? '';
  })();
  console.log(
    JSON.stringify(
      {
        machine: { cpus: os.cpus().length, node: process.version, postgres: version, loadAverageAtStart },
        dataset: { ...seeded, circles: Math.ceil(meetings / 4), seedSeconds, near, radiusMi: 25 },
        durationSeconds: seconds,
        ...http,
        rsvp,
      },
      null,
      2,
    ),
  );
  if (!rsvp.noOverBooking) process.exitCode = 1;
} finally {
  await server?.stop();
  await dropBenchDatabase(adminUrl, name);
}
