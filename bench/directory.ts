// `node bench/directory.ts`: the directory under load on PostgreSQL with 100,000 generated
// professionals, against the framework floor and against its own SQL run directly. Prints one
// JSON object. Creates and drops its own database on 127.0.0.1; stops by itself.
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { createRandom } from '../src/server/seed/random.ts';
import { createBenchDatabase, dropBenchDatabase, fillBenchDatabase } from './directory-data.ts';
import { directoryStatements, runDirect } from './direct-sql.ts';
import { coldStart, firstLoadJsGzipBytes } from './startup.ts';
import { assertLoopback, load, round, startBenchServer, type startServer } from './support.ts';

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const profiles = Number(process.env.BENCH_PROFILES ?? 100_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 32;
const query = { near: '10001', radius: '25', specialty: 'sports' };
const log = (message: string) => process.stderr.write(`[bench:directory] ${message}\n`);

assertLoopback(adminUrl);
const name = `kneadwork_bench_${process.pid}`;
const loadAverageAtStart = os.loadavg().map((value) => round(value));
const url = await createBenchDatabase(adminUrl, name);
let server: ReturnType<typeof startServer> | undefined;
try {
  log(`seeding ${profiles} professionals into ${name}`);
  const data = await fillBenchDatabase(url, profiles, 1);
  const started = await startBenchServer(url);
  server = started.server;
  const base = started.base;

  const directoryUrl = `${base}/api/directory?${new URLSearchParams(query).toString()}`;
  const sample = (await (await fetch(directoryUrl)).json()) as { total: number; items: unknown[] };
  log(`warming up (${sample.total} matches, ${sample.items.length} on the page)`);
  await load(directoryUrl, connections, 3);

  log('floor: an unknown route (hooks, 404 body), no database');
  const floor = await load(`${base}/api/bench-floor`, connections, seconds);
  log('directory: same search repeatedly');
  const directory = await load(directoryUrl, connections, seconds);
  log('directory: a different radius every request (totals never cached)');
  const random = createRandom(7);
  const uncached = await load(
    directoryUrl,
    connections,
    seconds,
    () => `/api/directory?near=10001&specialty=sports&radius=${(20 + random.next() * 10).toFixed(4)}`,
  );
  // Text search: the exact word, then typos the directory corrects (issue 8, item 22), alone over
  // the whole country (the broadest match) and near a place.
  const textSearches = {
    exactWord: { q: 'chiropractor' },
    typoReplaced: { q: 'chiropracter' },
    typoSwapped: { q: 'bodywrok' },
    exactWordNear: { near: '10001', q: 'massage' },
    typoNear: { near: '10001', q: 'massge' },
  };
  const text: Record<string, { route: string; matches: number } & Awaited<ReturnType<typeof load>>> = {};
  for (const [label, params] of Object.entries(textSearches)) {
    const route = `/api/directory?${new URLSearchParams(params).toString()}`;
    const matches = ((await (await fetch(`${base}${route}`)).json()) as { total: number }).total;
    log(`text search ${label}: ${route} (${matches} matches)`);
    await load(`${base}${route}`, connections, 2);
    text[label] = { route: `GET ${route}`, matches, ...(await load(`${base}${route}`, connections, seconds)) };
  }
  log('directory SQL directly through pg');
  const statements = directoryStatements(query);
  const directSql = await runDirect(url, statements.page, connections, seconds);
  const countSql = await runDirect(url, statements.count, connections, Math.max(2, seconds / 2));
  log('server-rendered /directory landing page');
  const landing = await load(`${base}/directory`, connections, Math.max(2, seconds / 2));

  const page = data.fullProfileSlug ? await (await fetch(`${base}/p/${data.fullProfileSlug}`)).text() : '';
  await server.stop();
  server = undefined;
  log('cold start on the embedded database');
  const cold = await coldStart();

  const rpsShare = round(directory.rps / floor.rps, 3);
  const vsSqlP50 = round(directory.p50Ms / Math.max(directSql.p50Ms, 0.01));
  const result = {
    machine: { cpus: os.cpus().length, node: process.version, postgres: data.postgres, loadAverageAtStart },
    dataset: { profiles, seedAndIndexSeconds: data.seconds, query, matches: sample.total },
    connections,
    durationSeconds: seconds,
    floor: { route: 'GET /api/bench-floor (404 through every hook, no database)', ...floor },
    directory: { route: `GET /api/directory?${new URLSearchParams(query).toString()}`, ...directory },
    directoryUncachedTotals: { route: 'same search, radius 20–30 mi varied per request', ...uncached },
    textSearch: text,
    directSql: { statement: 'the page query the route runs', ...directSql },
    countSql: { statement: 'the total the route counts (cached 15 s per filter)', ...countSql },
    directoryLandingHtml: { route: 'GET /directory (server-rendered, no filters)', ...landing },
    ratios: {
      directoryRpsShareOfFloor: rpsShare,
      directoryP50VsDirectSqlP50: vsSqlP50,
      directoryP99VsDirectSqlP99: round(directory.p99Ms / Math.max(directSql.p99Ms, 0.01)),
      uncachedRpsShareOfFloor: round(uncached.rps / floor.rps, 3),
      typoP50VsExactWordP50: round(text.typoReplaced!.p50Ms / Math.max(text.exactWord!.p50Ms, 0.01)),
      typoNearP50VsExactWordNearP50: round(text.typoNear!.p50Ms / Math.max(text.exactWordNear!.p50Ms, 0.01)),
    },
    targets: {
      directoryP99AtMost25Ms: { actual: directory.p99Ms, met: directory.p99Ms <= 25 },
      directoryRpsAtLeast20PercentOfFloor: { actual: rpsShare, met: rpsShare >= 0.2 },
      directoryAtMost2xDirectSql: { actual: vsSqlP50, met: vsSqlP50 <= 2 },
    },
    profilePage: { slug: data.fullProfileSlug, bytes: Buffer.byteLength(page), gzipBytes: gzipSync(page).length },
    coldStartEmbedded: cold,
    webFirstLoadJsGzip: firstLoadJsGzipBytes(),
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  await server?.stop();
  await dropBenchDatabase(adminUrl, name);
}
