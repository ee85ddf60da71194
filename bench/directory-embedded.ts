// `node bench/directory-embedded.ts`: the directory on the embedded database (PGlite), as `npm
// start` runs it: a fresh data directory in the system's temporary folder, migrated and seeded with
// BENCH_PROFILES (20,000) generated professionals, the real server on it, then the floor and each
// of the varied searches in bench/directory-searches.ts at BENCH_CONNECTIONS (4) for BENCH_SECONDS
// (10) each. Prints one JSON object; target p99 ≤ 50 ms per search. Removes its data directory.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/server/db/client.ts';
import { seedProfessionals } from '../src/server/seed/seed.service.ts';
import { createRandom } from '../src/server/seed/random.ts';
import { directorySearches } from './directory-searches.ts';
import {
  load,
  percentile,
  root,
  round,
  startEmbeddedBenchServer,
  type LoadResult,
  type startServer,
} from './support.ts';

const profiles = Number(process.env.BENCH_PROFILES ?? 20_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 4);
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const targetP99Ms = 50;
const log = (message: string) => process.stderr.write(`[bench:directory-embedded] ${message}\n`);

// PGlite's package.json is not in its exports: read it from where npm put it.
const pgliteVersion = (
  JSON.parse(readFileSync(path.join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** Migrates and seeds the embedded database in `dataDir` the way `npm start` would find it, then closes it. */
async function seedEmbedded(dataDir: string) {
  const started = performance.now();
  const database = await openDatabase({ kind: 'pglite', dir: path.join(dataDir, 'pglite'), queryTimeoutMs: 600_000 });
  try {
    await database.migrate();
    await seedProfessionals(database.db, { count: profiles, seed: 1, password: 'bench-password', batchSize: 1000 });
  } finally {
    await database.close();
  }
  return round((performance.now() - started) / 1000, 1);
}

/** Totals of `samples` paths the search makes (from its own random source, not the load's). */
async function matchesOf(base: string, makePath: () => string, samples = 20) {
  const totals: number[] = [];
  for (let i = 0; i < samples; i++) {
    const response = await fetch(`${base}${makePath()}`);
    if (!response.ok) throw new Error(`${response.status} for a sampled search: ${await response.text()}`);
    totals.push(((await response.json()) as { total: number }).total);
  }
  totals.sort((a, b) => a - b);
  return { samples, min: totals[0]!, median: percentile(totals, 50), max: totals[totals.length - 1]! };
}

const loadAverageAtStart = os.loadavg().map((value) => round(value));
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kneadwork-bench-embedded-'));
let server: ReturnType<typeof startServer> | undefined;
try {
  log(`seeding ${profiles} professionals into ${dataDir}`);
  const seedSeconds = await seedEmbedded(dataDir);
  const started = await startEmbeddedBenchServer(dataDir);
  server = started.server;
  const base = started.base;

  log('floor: an unknown route (hooks, 404 body), no database');
  await load(`${base}/api/bench-floor`, connections, warmupSeconds);
  const floor = await load(`${base}/api/bench-floor`, connections, seconds);

  const searches: Record<string, { description: string; matches: Awaited<ReturnType<typeof matchesOf>> } & LoadResult> =
    {};
  for (const [index, search] of directorySearches.entries()) {
    const sampling = createRandom(1000 + index);
    const matches = await matchesOf(base, () => search.path(sampling));
    log(`${search.name}: ${search.description} (matches ${matches.min}–${matches.max})`);
    const random = createRandom(index + 1);
    const vary = () => search.path(random);
    await load(`${base}${vary()}`, connections, warmupSeconds, vary);
    searches[search.name] = {
      description: search.description,
      matches,
      ...(await load(`${base}${vary()}`, connections, seconds, vary)),
    };
  }

  const results = Object.entries(searches);
  const worst = results.reduce((max, entry) => (entry[1].p99Ms > max[1].p99Ms ? entry : max));
  const result = {
    machine: { cpus: os.cpus().length, node: process.version, pglite: pgliteVersion, loadAverageAtStart },
    dataset: { profiles, seedSeconds },
    connections,
    durationSeconds: seconds,
    floor: { route: 'GET /api/bench-floor (404 through every hook, no database)', ...floor },
    searches,
    ratios: Object.fromEntries(
      results.map(([name, measured]) => [
        name,
        {
          rpsShareOfFloor: round(measured.rps / floor.rps, 3),
          meanVsFloorMean: round(measured.meanMs / Math.max(floor.meanMs, 0.01)),
        },
      ]),
    ),
    everySearchAnswered200: results.every(([, measured]) => measured.non2xx === 0 && measured.errors === 0),
    targets: {
      searchP99AtMost50Ms: {
        connections,
        met: results.every(([, measured]) => measured.p99Ms <= targetP99Ms),
        worst: { search: worst[0], p99Ms: worst[1].p99Ms },
        bySearch: Object.fromEntries(
          results.map(([name, measured]) => [name, { actual: measured.p99Ms, met: measured.p99Ms <= targetP99Ms }]),
        ),
      },
    },
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
