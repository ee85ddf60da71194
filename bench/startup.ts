// Cold start on the embedded database (process spawn → first answer from /api/health) and the
// web app's first load per page (scripts/first-load.ts), when a build exists in dist/web.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { firstLoadByPage } from '../scripts/first-load.ts';
import { freePort, percentile, root, runNode, startServer, waitForOk } from './support.ts';

export async function coldStart(runs = 3) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kneadwork-bench-cold-'));
  try {
    await runNode([path.join(root, 'src/server/main.ts'), 'migrate'], { DATA_DIR: dataDir });
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const port = await freePort();
      const started = performance.now();
      const server = startServer({ DATA_DIR: dataDir, PORT: String(port) });
      try {
        times.push(Math.round(await waitForOk(`http://127.0.0.1:${port}/api/health`, started, 60_000, server.child)));
      } finally {
        await server.stop();
      }
    }
    return {
      medianMs: percentile(
        [...times].sort((a, b) => a - b),
        50,
      ),
      runsMs: times,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** First-load JS and CSS of every page (gzip), and the largest page's JS, from the same count as `npm run size:web`. */
export function firstLoadJsGzipBytes(distDir?: string) {
  const pages = firstLoadByPage(distDir);
  if (!pages) return null;
  const largest = pages.reduce((max, page) => (page.jsBytes > max.jsBytes ? page : max));
  return { largestPage: largest.page, largestJsBytes: largest.jsBytes, pages };
}
