// How long a password-reset request takes for an address with an account and for one without,
// in process (app.inject) on a fresh embedded database: once with no SMTP server (mail kept in the
// dev outbox) and once with a mail server that takes 20 ms to accept. The two medians should be
// close: the request only queues the mail (see docs/decisions/009). Prints JSON.
// Run: node bench/reset-timing.ts   (REPEAT=300 by default)
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/client.ts';
import type { MailTransport } from '../src/server/lib/mail-transport.ts';
import { percentile, round } from './support.ts';

const repeat = Number(process.env.REPEAT ?? 300);
const slowSmtp: MailTransport = { send: () => new Promise((resolve) => setTimeout(resolve, 20)), close: () => {} };

async function measure(mailTransport: MailTransport | null) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kneadwork-bench-reset-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    PUBLIC_URL: 'http://localhost:3000',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '1000000',
  });
  const database = await openDatabase(config.database);
  await database.migrate();
  const app = await buildApp(config, database, { logger: false, mailTransport });
  await app.ready();
  const headers = { 'content-type': 'application/json', origin: 'http://localhost:3000' };
  const known = 'known.member@example.com';
  const made = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-up/email',
    headers,
    payload: { name: 'Known Member', email: known, password: 'a long enough password' },
  });
  if (made.statusCode !== 200) throw new Error(`sign-up failed: ${made.body}`);
  const times: Record<'known' | 'unknown', number[]> = { known: [], unknown: [] };
  for (let i = 0; i < repeat; i++) {
    // Alternate, each from its own address (the per-address limit would otherwise answer 429).
    for (const which of i % 2 ? (['known', 'unknown'] as const) : (['unknown', 'known'] as const)) {
      const email = which === 'known' ? known : `nobody.${i}@example.com`;
      const started = performance.now();
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/request-password-reset',
        headers,
        payload: { email, redirectTo: '/app/reset-password' },
        remoteAddress: `10.${(i >> 8) & 255}.${i & 255}.${which === 'known' ? 1 : 2}`,
      });
      if (i >= 10) times[which].push(performance.now() - started);
      if (response.statusCode !== 200) throw new Error(`reset request: ${response.statusCode} ${response.body}`);
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  await app.close();
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
  const median = (list: number[]) =>
    round(
      percentile(
        [...list].sort((a, b) => a - b),
        50,
      ),
    );
  return { knownMedianMs: median(times.known), unknownMedianMs: median(times.unknown), samples: times.known.length };
}

console.log(JSON.stringify({ repeat, noSmtp: await measure(null), smtp20ms: await measure(slowSmtp) }, null, 2));
