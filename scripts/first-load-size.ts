// The bytes a first visit to each page fetches before the page is usable, gzipped, as the browser
// fetches them: the entry chunk and its static imports, the chunks the shell always loads lazily
// (live counts, notifications host), the page's lazy module and everything it imports statically,
// and the CSS of all of those. Reads dist/web/.vite/manifest.json; fails when a page is over budget.
// Usage: node scripts/first-load-size.ts [dist dir, default dist/web]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

type Chunk = { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[] };
const budgetKb = 150;
const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(process.argv[2] ?? path.join(root, 'dist/web'));
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;

function closure(keys: string[], seen = new Set<string>()) {
  for (const key of keys) {
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    closure(manifest[key].imports ?? [], seen);
  }
  return seen;
}

const gzipCache = new Map<string, number>();
const gz = (file: string) =>
  gzipCache.get(file) ??
  gzipCache.set(file, gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length).get(file)!;
const files = (keys: Set<string>) =>
  new Set([...keys].flatMap((key) => [manifest[key]!.file, ...(manifest[key]!.css ?? [])]));
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

// Pages are the lazy modules the router names; the shell's other lazy modules load on every page.
const routerSource = readFileSync(path.join(root, 'src/web/app/router.tsx'), 'utf8');
const pages = [...new Set([...routerSource.matchAll(/import\('\.\.\/(routes\/[^']+)'\)/g)].map((match) => match[1]!))];
const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
// Fetched only when something asks for it, not on a first visit: the toast container mounts with
// the first toast (main.tsx).
const onDemand = ['app/NotificationsHost.tsx'];
const shellLazy = [...closure([entry])]
  .flatMap((key) => manifest[key]!.dynamicImports ?? [])
  .filter((key) => !pages.includes(key) && !onDemand.includes(key));
const shell = closure([entry, ...shellLazy]);

const rows = pages.map((page) => {
  if (!manifest[page]) return { page, js: NaN, css: NaN };
  const all = files(closure([page], new Set(shell)));
  const sum = (pattern: RegExp) =>
    [...all].filter((file) => pattern.test(file)).reduce((total, file) => total + gz(file), 0);
  return { page, js: sum(/\.js$/), css: sum(/\.css$/) };
});
const width = Math.max(...pages.map((page) => page.length));
console.log(`${'page'.padEnd(width)}  JS KB  CSS KB  total KB (gzip; budget ${budgetKb} KB)`);
for (const row of rows.sort((a, b) => b.js + b.css - (a.js + a.css))) {
  const total = row.js + row.css;
  const mark = Number.isNaN(total) ? '  not in the manifest' : total > budgetKb * 1024 ? '  OVER' : '';
  console.log(
    `${row.page.padEnd(width)}  ${kb(row.js).padStart(5)}  ${kb(row.css).padStart(6)}  ${kb(total).padStart(8)}${mark}`,
  );
}
const over = rows.filter((row) => !(row.js + row.css <= budgetKb * 1024));
if (over.length) {
  console.error(
    `${over.length} page(s) over ${budgetKb} KB gzip on first load: ${over.map((row) => row.page).join(', ')}`,
  );
  process.exit(1);
}
