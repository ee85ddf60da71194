// The directory index alone, in this process: how long it takes to load from the database, what it
// holds in memory, and the CPU time of one search of each kind (parse, typo corrections, search),
// without HTTP or the per-search version check. Run by bench/directory.ts on its seeded database.
import { directoryQuerySchema } from '../src/contracts/directory.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { directoryIndex } from '../src/server/modules/directory/directory-index.ts';
import { directoryFilter } from '../src/server/modules/directory/directory.service.ts';
import { createRandom } from '../src/server/seed/random.ts';
import type { DirectorySearch } from './directory-searches.ts';
import { percentile, round } from './support.ts';

const quiet = { info: () => {}, error: () => {} };

export async function measureInProcess(url: string, searches: DirectorySearch[], perSearch = 2000) {
  const database = await openDatabase({ kind: 'postgres', url });
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const index = directoryIndex(database.db, quiet);
  const started = performance.now();
  await index.start();
  const loadMs = Math.round(performance.now() - started);
  globalThis.gc?.();
  const heapMb = Math.round((process.memoryUsage().heapUsed - heapBefore) / 1e6);
  const current = (await index.current())!;
  const perKind: Record<string, { p50Us: number; p99Us: number; meanUs: number }> = {};
  for (const search of searches) {
    const random = createRandom(11);
    const times: number[] = [];
    for (let run = 0; run < perSearch; run++) {
      const path = search.path(random);
      const begun = performance.now();
      const params = Object.fromEntries(new URL(path, 'http://bench').searchParams);
      const { filter: typed } = directoryFilter(null, directoryQuerySchema.parse(params));
      const filter = typed.text ? { ...typed, text: await current.correct(typed.text) } : typed;
      current.search(filter);
      times.push((performance.now() - begun) * 1000);
    }
    times.sort((a, b) => a - b);
    perKind[search.name] = {
      p50Us: Math.round(percentile(times, 50)),
      p99Us: Math.round(percentile(times, 99)),
      meanUs: round(times.reduce((sum, value) => sum + value, 0) / times.length, 0),
    };
  }
  index.stop();
  await database.close();
  return { loadMs, heapMb, searches: perKind };
}
