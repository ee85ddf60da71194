// `npm run bench:lighthouse`: Lighthouse (mobile: its default form factor and simulated throttling,
// performance only) on every page a member reaches, plus the public /directory and a public
// profile. The real server runs in production mode on a fresh embedded database seeded as
// `npm run demo` seeds it (2,000 professionals and the demo account), with the lived-in member of
// the browser tests (e2e/support/realistic-member.ts: their pages and records) and BENCH_CONTACTS
// (40) more contacts, a letter to each fifth. Each page runs BENCH_RUNS (3) times; the JSON gives
// the median of each figure. BENCH_PAGES (a regular expression on the page's label) picks pages;
// BENCH_REPORT_DIR, when set, keeps each run's full Lighthouse report there (to see why).
// Debian's Chromium, headless, talks to loopback only; every request Lighthouse saw is checked.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { appPages, seedRealisticMember } from '../e2e/support/realistic-member.ts';
import { password } from '../e2e/support/members.ts';
import { webBuildState } from '../scripts/web-build-state.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { generateProfessionals } from '../src/server/seed/professionals.ts';
import { seedDemo } from '../src/server/seed/seed.service.ts';
import { closedNetworkChromiumFlags } from '../e2e/support/env.ts';
import { assertLoopback, percentile, root, round, startEmbeddedBenchServer, type startServer } from './support.ts';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const extraContacts = Number(process.env.BENCH_CONTACTS ?? 40);
const only = process.env.BENCH_PAGES ? new RegExp(process.env.BENCH_PAGES) : null;
const reportDir = process.env.BENCH_REPORT_DIR;
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const log = (message: string) => process.stderr.write(`[bench:lighthouse] ${message}\n`);

if (reportDir) mkdirSync(reportDir, { recursive: true });
const buildState = webBuildState();
if (buildState !== 'fresh') {
  console.error(
    `The web app's build is ${buildState === 'missing' ? 'missing' : 'older than its sources'}: run \`npm run build:web\` first.`,
  );
  process.exit(1);
}

const versionOf = (name: string) =>
  (JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;

/** POSTs as the member behind `cookie`, from the app's own origin (the API refuses other origins). */
async function post<T>(base: string, cookie: string, route: string, body: unknown): Promise<T> {
  const response = await fetch(`${base}${route}`, {
    method: 'POST',
    headers: { cookie, origin: base, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${route}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function signIn(base: string, email: string) {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { origin: base, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0]!)
    .join('; ');
}

/** Contacts taken from other generated professionals (not the seeded ones), a letter to every fifth. */
async function addContacts(base: string, cookie: string) {
  let index = 0;
  for (const { user, profile } of generateProfessionals(extraContacts, 7)) {
    const contact = await post<{ id: string }>(base, cookie, '/api/contacts', {
      name: user.name,
      profession: profile.profession,
      organisation: profile.practiceName ?? '',
      city: profile.city ?? '',
      region: profile.region ?? '',
    });
    if (index++ % 5 === 0) await post(base, cookie, '/api/letters', { contactId: contact.id });
  }
}

type Figures = { score: number; lcpMs: number; tbtMs: number; cls: number; fcpMs: number; siMs: number };

async function measure(port: number, url: string, cookie: string | null, reportName: string): Promise<Figures> {
  let lhr;
  // A trace that failed to record (NO_NAVSTART, NO_FCP…) says "run Lighthouse again": up to twice more.
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      extraHeaders: cookie ? { cookie } : null,
    });
    if (!result) throw new Error(`no Lighthouse result for ${url}`);
    lhr = result.lhr;
    if (!lhr.runtimeError) break;
    const problem = `${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`;
    if (attempt === 3) throw new Error(problem);
    log(`${problem}; again`);
  }
  if (reportDir) writeFileSync(path.join(reportDir, `${reportName}.json`), JSON.stringify(lhr));
  if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname)
    throw new Error(`${url} ended on ${lhr.finalDisplayedUrl}: not the page asked for`);
  const requests = (lhr.audits['network-requests']?.details as { items?: Array<{ url: string }> } | undefined)?.items;
  for (const request of requests ?? []) if (/^(https?|wss?):/.test(request.url)) assertLoopback(request.url);
  const value = (audit: string) => lhr.audits[audit]?.numericValue ?? NaN;
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcpMs: Math.round(value('largest-contentful-paint')),
    tbtMs: Math.round(value('total-blocking-time')),
    cls: round(value('cumulative-layout-shift'), 3),
    fcpMs: Math.round(value('first-contentful-paint')),
    siMs: Math.round(value('speed-index')),
  };
}

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
function medians(samples: Figures[]) {
  const of = (key: keyof Figures) => median(samples.map((sample) => sample[key]));
  return {
    score: of('score'),
    lcpMs: of('lcpMs'),
    tbtMs: of('tbtMs'),
    cls: of('cls'),
    fcpMs: of('fcpMs'),
    siMs: of('siMs'),
    scores: samples.map((sample) => sample.score),
  };
}

const loadAverageAtStart = os.loadavg().map((value) => round(value));
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kneadwork-bench-lighthouse-'));
let server: ReturnType<typeof startServer> | undefined;
let chrome: chromeLauncher.LaunchedChrome | undefined;
try {
  log(`seeding the demo's 2,000 professionals into ${dataDir}`);
  const database = await openDatabase({ kind: 'pglite', dir: path.join(dataDir, 'pglite'), queryTimeoutMs: 600_000 });
  try {
    await database.migrate();
    await seedDemo(database.db, 2000, 20240611);
  } finally {
    await database.close();
  }
  const started = await startEmbeddedBenchServer(dataDir, {
    AUTH_SIGNUPS_PER_WINDOW: '1000',
    NEW_ACCOUNT_DAILY_POSTS: '1000',
  });
  server = started.server;
  const base = started.base;

  log('making the lived-in member and their records');
  const member = await seedRealisticMember(base);
  const cookie = await signIn(base, member.email);
  await addContacts(base, cookie);
  const pages = [
    ...appPages(member).map((page) => ({ ...page, signedIn: true })),
    { label: 'public directory', path: '/directory?near=97204', signedIn: false },
    { label: 'public profile', path: `/p/${member.slug}`, signedIn: false },
  ].filter((page) => !only || only.test(page.label));

  chrome = await chromeLauncher.launch({ chromePath: chromium, chromeFlags: closedNetworkChromiumFlags });
  const results: Record<string, { path: string } & ReturnType<typeof medians>> = {};
  for (const page of pages) {
    const samples: Figures[] = [];
    for (let run = 0; run < runs; run++)
      samples.push(
        await measure(
          chrome.port,
          `${base}${page.path}`,
          page.signedIn ? cookie : null,
          `${page.label.replace(/\W+/g, '-')}-${run + 1}`,
        ),
      );
    results[page.label] = { path: page.path.replace(/[0-9a-f-]{36}|[a-z0-9]{24,}/g, ':id'), ...medians(samples) };
    log(`${page.label}: ${JSON.stringify(results[page.label])}`);
  }

  const targetPages = Object.entries(results).filter(([label]) =>
    /^(directory|contacts list|letters|letter editor)$/.test(label),
  );
  console.log(
    JSON.stringify(
      {
        machine: {
          cpus: os.cpus().length,
          node: process.version,
          lighthouse: versionOf('lighthouse'),
          chromium: execFileSync(chromium, ['--version'], { encoding: 'utf8' }).trim(),
          loadAverageAtStart,
          loadAverageAtEnd: os.loadavg().map((value) => round(value)),
        },
        settings: { formFactor: 'mobile', throttling: 'simulated (Lighthouse default)', runs },
        pages: results,
        targets: {
          scoreAtLeast90AndClsAtMost0_1: Object.fromEntries(
            targetPages.map(([label, figures]) => [label, figures.score >= 90 && figures.cls <= 0.1]),
          ),
        },
      },
      null,
      2,
    ),
  );
} finally {
  chrome?.kill();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
