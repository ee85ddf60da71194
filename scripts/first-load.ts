// The bytes a first visit to each page fetches before the page is usable, gzipped, as the browser
// fetches them: the entry chunk and its static imports, the chunks the shell always loads lazily
// (the live counts), the page's lazy module and everything it imports statically, and the CSS of
// all of those. Reads dist/web/.vite/manifest.json. Used by `npm run size:web` and the bench.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

type Chunk = { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[] };
export type PageLoad = { page: string; jsBytes: number; cssBytes: number };

const root = path.resolve(import.meta.dirname, '..');
export const defaultDist = path.join(root, 'dist/web');

// Fetched only when something asks for it, not on every first visit: the toast container mounts with
// the first toast (main.tsx); a screen's URL-to-query module only when that screen is the first
// (app/first-requests.ts), and that page imports it itself, so it is counted there.
const onDemand = [
  'app/NotificationsHost.tsx',
  'routes/directory/directory-params.ts',
  'routes/contacts/contacts-params.ts',
];

const groupedPages = 'routes/grouped-pages.ts';

/** Every page the router names, with its first-load JS and CSS (gzip bytes); null without a build. */
export function firstLoadByPage(dist = defaultDist): PageLoad[] | null {
  const manifestFile = path.join(dist, '.vite/manifest.json');
  if (!existsSync(manifestFile)) return null;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, Chunk>;
  const closure = (keys: string[], seen = new Set<string>()) => {
    for (const key of keys) {
      if (seen.has(key) || !manifest[key]) continue;
      seen.add(key);
      closure(manifest[key].imports ?? [], seen);
    }
    return seen;
  };
  const gzipped = new Map<string, number>();
  const gz = (file: string) =>
    gzipped.get(file) ??
    gzipped.set(file, gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length).get(file)!;
  const files = (keys: Set<string>) =>
    new Set([...keys].flatMap((key) => [manifest[key]!.file, ...(manifest[key]!.css ?? [])]));

  // Pages are the lazy modules the router names; the shell's other lazy modules load on every page.
  // Some pages the router reaches through routes/grouped-pages.ts: each pays that module too.
  const routerSource = readFileSync(path.join(root, 'src/web/app/router.tsx'), 'utf8');
  const groupedSource = readFileSync(path.join(root, 'src/web/', groupedPages), 'utf8');
  const groupedPageKeys = [...groupedSource.matchAll(/import\('\.\/([^']+)'\)/g)].map((match) => `routes/${match[1]!}`);
  const pages = [...new Set([...routerSource.matchAll(/import\('\.\.\/(routes\/[^']+)'\)/g)].map((match) => match[1]!))]
    .filter((page) => page !== groupedPages)
    .concat(groupedPageKeys);
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
  const shellLazy = [...closure([entry])]
    .flatMap((key) => manifest[key]!.dynamicImports ?? [])
    .filter((key) => !pages.includes(key) && key !== groupedPages && !onDemand.includes(key));
  const shell = closure([entry, ...shellLazy]);

  return pages.map((page) => {
    if (!manifest[page]) return { page, jsBytes: NaN, cssBytes: NaN };
    const loaders = groupedPageKeys.includes(page) ? [page, groupedPages] : [page];
    const all = [...files(closure(loaders, new Set(shell)))];
    const sum = (pattern: RegExp) =>
      all.filter((file) => pattern.test(file)).reduce((total, file) => total + gz(file), 0);
    return { page, jsBytes: sum(/\.js$/), cssBytes: sum(/\.css$/) };
  });
}
