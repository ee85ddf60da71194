// Cold start on the embedded database (process spawn → first answer from /api/health) and the
// web app's first-load JavaScript, gzipped, when a build exists in dist/web.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
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

/** Sum of the gzipped JavaScript index.html loads up front (entry scripts and modulepreloads). */
export function firstLoadJsGzipBytes(distDir = path.join(root, 'dist/web')) {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) return null;
  const page = readFileSync(index, 'utf8');
  const urls = [
    ...page.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g),
    ...page.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  let total = 0;
  for (const url of new Set(urls)) {
    const file = path.join(distDir, url.replace(/^\/app\//, '').replace(/^\//, ''));
    if (existsSync(file)) total += gzipSync(readFileSync(file)).length;
  }
  return { bytes: total, files: new Set(urls).size };
}
