// Prints the JavaScript a first visit downloads, gzipped: the entry chunk and its static imports,
// plus the chunk of the screen visited (and its static imports). Reads dist/web/.vite/manifest.json.
// Usage: node scripts/first-load-size.ts [route file, e.g. src/web/routes/directory/DirectoryPage.tsx]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

type Chunk = { file: string; isEntry?: boolean; imports?: string[]; css?: string[] };
const dist = path.resolve(import.meta.dirname, '../dist/web');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;

function closure(keys: string[], seen = new Set<string>()) {
  for (const key of keys) {
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    closure(manifest[key].imports ?? [], seen);
  }
  return seen;
}

const gz = (file: string) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
const routes = process.argv.slice(2).length ? process.argv.slice(2) : ['src/web/routes/home/HomePage.tsx', 'src/web/routes/auth/SignInPage.tsx', 'src/web/routes/directory/DirectoryPage.tsx'];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const shell = closure([entry]);
const shellJs = [...shell].reduce((sum, key) => sum + gz(manifest[key]!.file), 0);
console.log(`shell (entry + static imports): ${kb(shellJs)} gzip JS in ${shell.size} files`);
for (const route of routes.map((file) => path.relative(path.resolve(import.meta.dirname, '../src/web'), path.resolve(file)))) {
  if (!manifest[route]) {
    console.log(`${route}: not in the manifest`);
    continue;
  }
  const all = closure([entry, route]);
  const total = [...all].reduce((sum, key) => sum + gz(manifest[key]!.file), 0);
  console.log(`first load of ${route}: ${kb(total)} gzip JS in ${all.size} files`);
}
