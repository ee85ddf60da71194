// Whether dist/web is missing or older than the web app's sources: `npm start` rebuilds it then,
// and the Lighthouse bench refuses to measure an old build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const stampFile = path.join(root, 'dist/web/.build-stamp');
const sources = ['src/web', 'src/contracts', 'vite.config.ts', 'package-lock.json'].map((entry) =>
  path.join(root, entry),
);

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const info = statSync(entry);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestMtime(path.join(entry, name))),
    info.mtimeMs,
  );
}

/** 'missing' without a build, 'stale' when a source changed since it, 'fresh' otherwise. */
export function webBuildState(): 'missing' | 'stale' | 'fresh' {
  const stamp = existsSync(stampFile) ? statSync(stampFile).mtimeMs : 0;
  if (stamp === 0) return 'missing';
  return stamp > Math.max(...sources.map(newestMtime)) ? 'fresh' : 'stale';
}
