// `npx node --expose-gc bench/directory-scale.ts`: what the in-process directory index (decision
// 032) costs at a size, for docs/scaling.md. Seeds `BENCH_PROFILES` (1,000,000) generated
// professionals into a fresh PostgreSQL database, then in this process: the index's load time and
// memory, the CPU time of a search of each kind, the version check every search makes, one catch-up
// after a write, the SQL the index replaced (it still answers while the index loads), and the
// database's size. Prints one JSON object; drops its database at the end. Not in bench/run.ts: a
// million profiles take many minutes to seed.
import os from 'node:os';
import pg from 'pg';
import { directoryQuerySchema } from '../src/contracts/directory.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { directoryIndexRepository } from '../src/server/modules/directory/directory-index.repository.ts';
import { directoryIndex, type DirectoryIndex } from '../src/server/modules/directory/directory-index.ts';
import { directoryFilter } from '../src/server/modules/directory/directory.service.ts';
import { createBenchDatabase, dropBenchDatabase, fillBenchDatabase } from './directory-data.ts';
import { directoryStatements, runDirect } from './direct-sql.ts';
import { assertLoopback, percentile, round } from './support.ts';

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const profiles = Number(process.env.BENCH_PROFILES ?? 1_000_000);
const perSearch = Number(process.env.BENCH_SEARCHES ?? 2000);
const log = (message: string) => process.stderr.write(`[bench:directory-scale] ${message}\n`);
const indexLog = (fields: object, message: string) => log(`${message} ${JSON.stringify(fields)}`);
/** The index reads profiles in batches of this many (directory-index.ts). */
const loadBatch = 5000;

/** The searches timed, as a visitor's query string; the first is also run as SQL. */
const searches: Record<string, Record<string, string>> = {
  sportsNear10001: { near: '10001', radius: '25', specialty: 'sports' },
  chiropractorsNear60601: { near: '60601', radius: '100', profession: 'chiropractor' },
  everyoneNear90012Wide: { near: '90012', radius: '500' },
  typoCountry: { q: 'chiropracter' },
  typoCountryPage10: { q: 'massge', page: '10' },
  wordNear10001: { near: '10001', q: 'massage' },
  noFiltersPage10: { page: '10' },
};

const mb = (bytes: number) => round(bytes / 2 ** 20, 1);
function memory() {
  globalThis.gc?.();
  const { heapUsed, external, rss } = process.memoryUsage();
  return { heapUsed, external, rss };
}
function summary(times: number[]) {
  times.sort((a, b) => a - b);
  return { p50: round(percentile(times, 50), 1), p99: round(percentile(times, 99), 1) };
}

type Current = NonNullable<Awaited<ReturnType<DirectoryIndex['current']>>>;

/** One search as the service makes it (parse, typo corrections, search), timed in µs; `correctingUs`: up to the search. */
async function searchOnce(current: Current, params: Record<string, string>) {
  const begun = performance.now();
  const { filter: typed } = directoryFilter(null, directoryQuerySchema.parse(params));
  const filter = typed.text ? { ...typed, text: await current.correct(typed.text) } : typed;
  const correctingUs = Math.round((performance.now() - begun) * 1000);
  const answer = current.search(filter);
  return { us: (performance.now() - begun) * 1000, correctingUs, answer };
}

async function databaseSize(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<Record<string, string>>(
    `select pg_database_size(current_database()) as database,
            pg_relation_size('profiles') as "profilesTable", pg_indexes_size('profiles') as "profilesIndexes",
            pg_total_relation_size('profiles') as "profilesTotal",
            pg_total_relation_size('directory_changes') as "changesLog",
            (select count(*) from directory_changes) as "changesLogRows"`,
  );
  await client.end();
  const sizes = Object.entries(rows[0]!).map(([key, value]) => [
    key,
    key.endsWith('Rows') ? Number(value) : mb(+value),
  ]);
  return Object.fromEntries(sizes) as Record<string, number>;
}

/** The SQL answering one search while the index loads: its page, then its count, once each (ms). */
async function sqlFallback(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const timed = async (statement: { sql: string; params: unknown[] }) => {
    const begun = performance.now();
    await client.query(statement.sql, statement.params);
    return Math.round(performance.now() - begun);
  };
  const each: Record<string, { pageMs: number; countMs: number }> = {};
  for (const [name, params] of Object.entries(searches)) {
    const { page, count } = directoryStatements(params);
    each[name] = { pageMs: await timed(page), countMs: await timed(count) };
  }
  await client.end();
  return each;
}

assertLoopback(adminUrl);
if (!globalThis.gc) log('run with --expose-gc: without it the heap figures include garbage');
const name = `kneadwork_bench_scale_${process.pid}`;
const loadAverageAtStart = os.loadavg().map((value) => round(value));
const url = await createBenchDatabase(adminUrl, name);
// A million profiles take a while: stopping the run by hand still drops its database.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void dropBenchDatabase(adminUrl, name).finally(() => process.exit(130)));
try {
  log(`seeding ${profiles} professionals into ${name}`);
  const data = await fillBenchDatabase(url, profiles, 1);
  log(`seeded in ${data.seconds} s`);
  const size = await databaseSize(url);
  const database = await openDatabase({ kind: 'postgres', url });

  log('reading every profile the way the index does, keeping none (the database and row-building share of a load)');
  const repo = directoryIndexRepository(database.db);
  const readStarted = performance.now();
  for (let after: string | null = null; ;) {
    const batch = await repo.findBatchAfter(after, loadBatch);
    if (batch.length < loadBatch) break;
    after = batch[batch.length - 1]!.id;
  }
  const readOnlyMs = Math.round(performance.now() - readStarted);

  log('loading the index');
  const before = memory();
  const index = directoryIndex(database.db, { info: indexLog, error: indexLog });
  const loadStarted = performance.now();
  await index.start();
  const loadMs = Math.round(performance.now() - loadStarted);
  // No idle checks from here: the catch-up measured below is then the one that sees the write.
  index.stop();
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const after = memory();
  const current = (await index.current())!;

  const timed: Record<string, object> = {};
  for (const [label, params] of Object.entries(searches)) {
    log(`searching ${new URLSearchParams(params).toString()} ${perSearch} times`);
    const once = () => searchOnce(current, params);
    const first = await once();
    const times: number[] = [];
    for (let run = 0; run < perSearch; run++) times.push((await once()).us);
    const { p50, p99 } = summary(times);
    const { total, totalExact, hits } = first.answer;
    timed[label] = {
      firstUs: Math.round(first.us),
      firstCorrectingUs: first.correctingUs,
      p50Us: p50,
      p99Us: p99,
      total,
      totalExact,
      shown: hits.length,
    };
  }

  log('the version check alone (no change), 500 times');
  const checks: number[] = [];
  for (let run = 0; run < 500; run++) {
    const begun = performance.now();
    await index.current();
    checks.push(performance.now() - begun);
  }
  log('catching up after one statement changes 100 profiles');
  const writer = new pg.Client({ connectionString: url });
  await writer.connect();
  await writer.query(
    `update profiles set city = 'Scaleton' where id in (select id from profiles order by id limit 100)`,
  );
  await writer.end();
  const catchUpStarted = performance.now();
  await index.current();
  const catchUpMs = round(performance.now() - catchUpStarted, 1);
  // The write made the remembered rankings, word matches and typo corrections stale: the first
  // whole-country text search after a write pays for them again.
  const typoAfterCatchUp = await searchOnce((await index.current())!, searches.typoCountry!);
  await database.close();

  log('the SQL page query of the first search through pg, 8 connections for 5 s');
  const firstSearch = directoryStatements(searches.sportsNear10001!);
  const sqlPage = await runDirect(url, firstSearch.page, 8, 5);
  log('each search once as SQL (what answers while the index loads)');
  const fallback = await sqlFallback(url);

  const result = {
    date: new Date().toISOString().slice(0, 10),
    machine: { cpus: os.cpus().length, node: process.version, postgres: data.postgres, loadAverageAtStart },
    profiles,
    seedSeconds: data.seconds,
    databaseMb: size,
    index: {
      loadMs,
      readOnlyMs,
      heapMb: mb(after.heapUsed - before.heapUsed),
      externalMb: mb(after.external - before.external),
      rssGrowthMb: mb(after.rss - before.rss),
      rssAfterLoadMb: mb(after.rss),
      // The process's peak, seeding included.
      peakRssMb: mb(peakRss),
      versionCheckMs: summary(checks),
      catchUp100Ms: catchUpMs,
      typoCountryAfterCatchUpUs: Math.round(typoAfterCatchUp.us),
    },
    searches: timed,
    sqlPageOfFirstSearch: { connections: 8, seconds: 5, ...sqlPage },
    sqlFallbackOnce: fallback,
    loadAverageAtEnd: os.loadavg().map((value) => round(value)),
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  await dropBenchDatabase(adminUrl, name);
  log(`dropped ${name}`);
}
