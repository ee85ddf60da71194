// `node bench/opportunities.ts`: the opportunities board on PostgreSQL with 100,000 posts placed
// like the directory's professionals (two thirds in metro areas by population, the rest anywhere in
// the US and Canada), seven kinds, a tenth remote, some closed, archived or hidden. Over real HTTP
// with a member's session cookie, against the framework floor in the same run: the search
// `near=10001&radius=30&kind=job`, the same with the kind and the place varied per request, the
// public page, and the page SQL alone through pg. Prints one JSON object; target p99 ≤ 25 ms.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { opportunityKinds } from '../src/contracts/opportunity-words.ts';
import { drizzle } from 'drizzle-orm/node-postgres';
import { openDatabase } from '../src/server/db/client.ts';
import * as schema from '../src/server/db/schema/index.ts';
import { lookupPostalCode, metersPer } from '../src/server/lib/geo.ts';
import { boardToday } from '../src/server/modules/opportunities/board-days.ts';
import { nearbyPageQuery } from '../src/server/modules/opportunities/opportunities.repository.ts';
import { createPlacePicker } from '../src/server/seed/places.ts';
import { createRandom } from '../src/server/seed/random.ts';
import { createBenchDatabase, dropBenchDatabase, dropIndexes } from './directory-data.ts';
import { runDirect } from './direct-sql.ts';
import { assertLoopback, load, round, startBenchServer, type startServer } from './support.ts';

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const posts = Number(process.env.BENCH_POSTS ?? 100_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 1);
const busyConnections = 16;
const query = { near: '10001', radius: '30', kind: 'job' };
const log = (message: string) => process.stderr.write(`[bench:opportunities] ${message}\n`);

const kindWeights: [string, number][] = [
  ['job', 35],
  ['room', 20],
  ['event', 12],
  ['cover-shift', 10],
  ['couples-massage', 5],
  ['research', 6],
  ['volunteer', 12],
];
const detailsOf: Record<string, object> = {
  job: { employment: 'employee', hours: '20 h a week' },
  room: { arrangement: 'share', per: 'day', priceCents: 8000, amenities: ['table'] },
  event: { venue: 'Town hall' },
  'cover-shift': { shifts: 'Tuesdays' },
  'couples-massage': { place: 'Spa' },
  research: { seeking: 'participants' },
  volunteer: { organization: 'Food bank', spots: 10 },
};

/** Users and posts straight into the tables (indexes dropped for the load and rebuilt, as the directory bench does). */
async function seed(url: string) {
  const started = performance.now();
  const database = await openDatabase({ kind: 'postgres', url });
  await database.migrate();
  await database.close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const rebuild = await dropIndexes(client, 'opportunities');
  const authors = 1000;
  await client.query(
    `insert into "user" (id, name, email, email_verified, created_at)
     select 'bench-author-' || n, 'Author ' || n, 'author' || n || '@bench.example', true, now() - interval '60 days'
     from generate_series(1, ${authors}) n`,
  );
  const random = createRandom(11);
  const pickPlace = createPlacePicker();
  const kinds = kindWeights.map(([kind, weight]) => ({ kind, weight }));
  const batch = 1000;
  for (let start = 0; start < posts; start += batch) {
    const values: unknown[] = [];
    const tuples: string[] = [];
    for (let i = start; i < Math.min(posts, start + batch); i++) {
      const { kind } = random.weighted(kinds, (each) => each.weight);
      const remote = random.chance(0.1);
      const place = remote && random.chance(0.5) ? null : pickPlace(random);
      const status = random.chance(0.85) ? 'open' : random.chance(0.66) ? 'archived' : 'closed';
      const title = `${opportunityKinds[kind as keyof typeof opportunityKinds]} ${i}`;
      const description = `Generated post ${i}: a ${kind} for massage therapists, prenatal and sports welcome.`;
      const row = [
        `bench-author-${(i % authors) + 1}`,
        kind,
        title,
        description,
        `${title} ${description}`.toLowerCase(),
        place?.postalCode ?? null,
        place ? `${place.city}, ${place.region}` : null,
        place?.lat ?? null,
        place?.lng ?? null,
        remote,
        `2027-0${random.int(1, 9)}-1${random.int(0, 9)}`,
        JSON.stringify(detailsOf[kind]),
        status,
        random.chance(0.01),
      ];
      const base = values.length;
      tuples.push(
        `(${row.map((_, n) => `$${base + n + 1}`).join(', ')}, now() - (${i % 1000} * interval '1 minute'), now())`,
      );
      values.push(...row);
    }
    await client.query(
      `insert into opportunities (author_user_id, kind, title, description, search_text, postal_code, place, lat, lng,
         remote, expires_on, details, status, hidden, alerts_matched_at, created_at)
       values ${tuples.join(', ')}`,
      values,
    );
  }
  await rebuild();
  await client.query('VACUUM ANALYZE');
  const { rows: version } = await client.query<{ server_version: string }>('show server_version');
  await client.end();
  return { seconds: round((performance.now() - started) / 1000, 1), postgres: version[0]?.server_version ?? '' };
}

async function signIn(base: string) {
  const response = await fetch(`${base}/api/auth/sign-up/email`, {
    method: 'POST',
    headers: { origin: base, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Bench Member',
      email: 'bench.member@bench.example',
      password: 'a long enough password',
    }),
  });
  if (!response.ok) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

/** EXPLAIN ANALYZE of the page query, warmed: its own times and the index it walks (independent of the machine's load). */
async function explain(url: string, statement: { sql: string; params: unknown[] }) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(statement.sql, statement.params);
  const { rows } = await client.query<{ 'QUERY PLAN': [{ 'Planning Time': number; 'Execution Time': number }] }>(
    `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.sql}`,
    statement.params,
  );
  await client.end();
  const [top] = rows[0]!['QUERY PLAN'];
  const indexes = [...JSON.stringify(top).matchAll(/"Index Name":"([^"]+)"/g)].map((match) => match[1]);
  return { planningMs: round(top['Planning Time']), executionMs: round(top['Execution Time']), indexes };
}

assertLoopback(adminUrl);
const name = `kneadwork_bench_opportunities_${process.pid}`;
const loadAverageAtStart = os.loadavg().map((value) => round(value));
const url = await createBenchDatabase(adminUrl, name);
let server: ReturnType<typeof startServer> | undefined;
try {
  log(`seeding ${posts} posts into ${name}`);
  const data = await seed(url);
  const started = await startBenchServer(url);
  server = started.server;
  const { base } = started;
  const headers = { cookie: await signIn(base) };
  const route = `/api/opportunities?${new URLSearchParams(query).toString()}`;
  const sample = (await (await fetch(`${base}${route}`, { headers })).json()) as { items: unknown[]; hasMore: boolean };
  if (!Array.isArray(sample.items)) throw new Error(`search failed: ${JSON.stringify(sample).slice(0, 200)}`);
  log(`warming up (${sample.items.length} on the first page, more: ${sample.hasMore})`);
  await load(`${base}${route}`, connections, 2, undefined, headers);

  log(`${connections} connection(s): floor, search, varied search, public page`);
  const floor = await load(`${base}/api/bench-floor`, connections, seconds);
  const search = await load(`${base}${route}`, connections, seconds, undefined, headers);
  const random = createRandom(5);
  const places = ['10001', '60601', '90012', '77002', '94103', '98101', 'M5V2T6', 'H2X1Y4', '30303', '80202'];
  const kinds = Object.keys(opportunityKinds);
  const varied = await load(
    `${base}${route}`,
    connections,
    seconds,
    () => `/api/opportunities?near=${random.pick(places)}&radius=30&kind=${random.pick(kinds)}`,
    headers,
  );
  const publicPage = await load(`${base}/opportunities?${new URLSearchParams(query).toString()}`, connections, seconds);
  log(`${busyConnections} connections: floor and search`);
  const busyFloor = await load(`${base}/api/bench-floor`, busyConnections, seconds);
  const busySearch = await load(`${base}${route}`, busyConnections, seconds, undefined, headers);

  log('the page SQL directly through pg');
  const statement = nearbyPageQuery(drizzle.mock({ schema }), {
    near: { ...lookupPostalCode(query.near)!, meters: Number(query.radius) * metersPer.mi },
    kind: 'job',
    words: [],
    remote: false,
    today: boardToday(),
    limit: 20,
    offset: 0,
  }).toSQL();
  const directSql = await runDirect(url, statement, connections, Math.max(2, seconds / 2));
  const plan = await explain(url, statement);

  const result = {
    machine: { cpus: os.cpus().length, node: process.version, postgres: data.postgres, loadAverageAtStart },
    dataset: { posts, seedAndIndexSeconds: data.seconds, query, firstPage: sample.items.length },
    durationSeconds: seconds,
    connections,
    floor: { route: 'GET /api/bench-floor (404 through every hook, no database)', ...floor },
    search: { route: `GET ${route} (signed in)`, ...search },
    searchVaried: { route: 'the same, place (10 metros) and kind varied per request', ...varied },
    publicPage: { route: `GET /opportunities?${new URLSearchParams(query).toString()}`, ...publicPage },
    directSql: { statement: 'the page query alone, through pg', ...directSql },
    plan,
    busy: { connections: busyConnections, floor: busyFloor, search: busySearch },
    targets: {
      searchP99AtMost25Ms: { actual: search.p99Ms, met: search.p99Ms <= 25 },
      variedP99AtMost25Ms: { actual: varied.p99Ms, met: varied.p99Ms <= 25 },
    },
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  await server?.stop();
  await dropBenchDatabase(adminUrl, name);
}
