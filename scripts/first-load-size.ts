// `npm run size:web`: first-load JS and CSS of every page of the built web app (scripts/first-load.ts),
// failing when a page's JS is over the budget — the measure; CSS is shown beside it
// (docs/decisions/019-web-page-budget.md). Usage: node scripts/first-load-size.ts [dist dir]
import path from 'node:path';
import { defaultDist, firstLoadByPage } from './first-load.ts';

const budgetKb = 150;
const rows = firstLoadByPage(path.resolve(process.argv[2] ?? defaultDist));
if (!rows) {
  console.error('No build: run `npm run build:web` first.');
  process.exit(1);
}
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const width = Math.max(...rows.map((row) => row.page.length));
console.log(`${'page'.padEnd(width)}  JS KB  CSS KB  total KB (gzip; JS budget ${budgetKb} KB)`);
for (const row of rows.sort((a, b) => b.jsBytes - a.jsBytes)) {
  const total = row.jsBytes + row.cssBytes;
  const mark = Number.isNaN(total) ? '  not in the manifest' : row.jsBytes > budgetKb * 1024 ? '  OVER' : '';
  console.log(
    `${row.page.padEnd(width)}  ${kb(row.jsBytes).padStart(5)}  ${kb(row.cssBytes).padStart(6)}  ${kb(total).padStart(8)}${mark}`,
  );
}
const over = rows.filter((row) => !(row.jsBytes <= budgetKb * 1024));
if (over.length) {
  console.error(
    `${over.length} page(s) over ${budgetKb} KB of JS (gzip) on first load: ${over.map((row) => row.page).join(', ')}`,
  );
  process.exit(1);
}
