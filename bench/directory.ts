// `node bench/directory.ts`: the directory under load on PostgreSQL with 100,000 generated
// professionals, against the framework floor and against its own SQL run directly. Prints one
// JSON object. Creates and drops its own database on 127.0.0.1; stops by itself.
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { createRandom } from '../src/server/seed/random.ts';
import { createBenchDatabase, dropBenchDatabase, fillBenchDatabase } from './directory-data.ts';
import { directoryStatements, routeStatements, runDirect } from './direct-sql.ts';
import { measureInProcess } from './directory-in-process.ts';
import { directorySearches } from './directory-searches.ts';
import { coldStart, firstLoadJsGzipBytes } from './startup.ts';
import { assertLoopback, load, round, startBenchServer, type LoadResult, type startServer } from './support.ts';

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
  // The index loads after the server listens; until then SQL answers with words as typed, so a
  // misspelt word finding people says the index is in.
  const loadStarted = performance.now();
  for (;;) {
    const probe = (await (await fetch(`${base}/api/directory?q=chiropracter`)).json()) as { total: number };
    if (probe.total > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const indexReadyMs = Math.round(performance.now() - loadStarted);
  const sample = (await (await fetch(directoryUrl)).json()) as { total: number; items: { slug: string }[] };
  log(`index ready after ${indexReadyMs} ms; warming up (${sample.total} matches, ${sample.items.length} on the page)`);
  await load(directoryUrl, connections, 3);

  log('floor: an unknown route (hooks, 404 body), no database');
  const floor = await load(`${base}/api/bench-floor`, connections, seconds);
  log('directory: same search repeatedly');
  const directory = await load(directoryUrl, connections, seconds);
  // Every kind of search, each request a new one (bench/directory-searches.ts).
  const searches: Record<string, { description: string; matchesOfFirst: number } & LoadResult> = {};
  for (const search of directorySearches) {
    const random = createRandom(7);
    const first = search.path(random);
    const matchesOfFirst = ((await (await fetch(`${base}${first}`)).json()) as { total: number }).total;
    log(`${search.name}: ${search.description}`);
    await load(`${base}${first}`, connections, 2, () => search.path(random));
    searches[search.name] = {
      description: search.description,
      matchesOfFirst,
      ...(await load(`${base}${first}`, connections, seconds, () => search.path(random))),
    };
  }
  log("the route's own SQL through pg: the version check and the page's away notices");
  const ownSql = await runDirect(
    url,
    await routeStatements(sample.items.map((item) => item.slug)),
    connections,
    seconds,
  );
  log('the SQL search it replaced, through pg');
  const statements = directoryStatements(query);
  const directSql = await runDirect(url, statements.page, connections, Math.max(2, seconds / 2));
  const countSql = await runDirect(url, statements.count, connections, Math.max(2, seconds / 2));
  log('server-rendered /directory landing page');
  const landing = await load(`${base}/directory`, connections, Math.max(2, seconds / 2));

  const page = data.fullProfileSlug ? await (await fetch(`${base}/p/${data.fullProfileSlug}`)).text() : '';
  await server.stop();
  server = undefined;
  log('the index alone, in this process');
  const inProcess = await measureInProcess(url, directorySearches);
  log('cold start on the embedded database');
  const cold = await coldStart();

  const share = (result: LoadResult) => round(result.rps / floor.rps, 3);
  const worst = Object.entries(searches).reduce(
    (found, [name, result]) => (result.p99Ms > found.p99Ms ? { name, p99Ms: result.p99Ms } : found),
    { name: '', p99Ms: 0 },
  );
  const lowestShare = Math.min(...Object.values(searches).map(share));
  const vsOwnSql = round(
    Math.max(...Object.values(searches).map((result) => result.p50Ms)) / Math.max(ownSql.p50Ms, 0.01),
  );
  const result = {
    machine: { cpus: os.cpus().length, node: process.version, postgres: data.postgres, loadAverageAtStart },
    dataset: { profiles, seedAndIndexSeconds: data.seconds, query, matches: sample.total, indexReadyMs },
    connections,
    durationSeconds: seconds,
    floor: { route: 'GET /api/bench-floor (404 through every hook, no database)', ...floor },
    directory: { route: `GET /api/directory?${new URLSearchParams(query).toString()}`, ...directory },
    searches,
    ownSql: { statements: 'version check + away notices of a 20-profile page, per search', ...ownSql },
    replacedSql: {
      page: { statement: 'the SQL page query (answers while the index loads)', ...directSql },
      count: { statement: 'its count', ...countSql },
    },
    directoryLandingHtml: { route: 'GET /directory (server-rendered, no filters)', ...landing },
    inProcess,
    ratios: {
      shareOfFloor: Object.fromEntries(Object.entries(searches).map(([name, each]) => [name, share(each)])),
      slowestSearchP50VsOwnSqlP50: vsOwnSql,
    },
    targets: {
      everySearchP99AtMost25Ms: { actual: worst, met: worst.p99Ms <= 25 },
      everySearchAtLeast20PercentOfFloor: { actual: lowestShare, met: lowestShare >= 0.2 },
      routeAtMost1_5xOwnSql: { actual: vsOwnSql, met: vsOwnSql <= 1.5 },
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
