// Browser tests: Debian's Chromium drives the real server (`npm start`, which builds the web app
// when stale) on a free port, a fresh embedded database and no SMTP server, so mail lands in the
// dev outbox (/dev/outbox) where the tests read the links.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { closedNetworkChromiumFlags } from './e2e/support/env.ts';

const chromium = '/usr/bin/chromium';
const skip = !existsSync(chromium) && !process.env.E2E_REQUIRED;

// The runner evaluates this file first and its workers again: the first pick of port and data
// directory travels to the workers through the environment.
if (!process.env.E2E_PORT) {
  const freePort =
    "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  process.env.E2E_PORT = execFileSync(process.execPath, ['-e', freePort], { encoding: 'utf8' });
  process.env.E2E_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), 'kneadwork-e2e-'));
  if (skip)
    console.warn(
      `\n[notice] ${chromium} is missing: the browser tests are skipped (set E2E_REQUIRED=1 to make that an error).\n`,
    );
}
// The server under test must use the embedded database and keep mail in the dev outbox.
for (const name of ['DATABASE_URL', 'SMTP_URL', 'REQUIRE_EMAIL_VERIFICATION', 'PUBLIC_URL', 'UPLOAD_DIR'])
  delete process.env[name];

const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // Timeouts from the slowest test measured on a busy machine (2 cores, load average ~28, 2026-12-06):
  // the slowest passing test took 114 s (letters-offers: letter with a certificate, verified and
  // redeemed), and six ran out of the old 120 s while still passing their steps (the referral and
  // messages journeys, since split into tests of their own steps; onboarding, the phone-width sweeps,
  // the trade journey). A test gets ~3× the slowest:
  // 360 s (the no-JavaScript forms, 56 s there, lost their own 240 s). The axe-core sweep sets its own
  // (measured 294 s there, so 900 s).
  timeout: 360_000,
  // One step, too: at load ~35 a page's first render after a click outlasted 10 s (the new referral's
  // page, a conversation opened by URL), so an expectation waits up to 30 s for its condition.
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    viewport: { width: 1280, height: 860 },
    launchOptions: {
      executablePath: chromium,
      args: closedNetworkChromiumFlags,
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: skip
    ? undefined
    : {
        command: `"${process.execPath}" scripts/start.ts`,
        url: `${baseURL}/api/health`,
        reuseExistingServer: false,
        timeout: 180_000,
        stdout: 'ignore',
        stderr: 'pipe',
        gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
        // Every member the browser tests create signs up and browses from 127.0.0.1, so the per-address
        // limits (tested on their own in test/auth.test.ts and test/health.test.ts) are raised here.
        env: {
          NODE_ENV: 'test',
          HOST: '127.0.0.1',
          PORT: process.env.E2E_PORT,
          PUBLIC_URL: baseURL,
          DATA_DIR: process.env.E2E_DATA_DIR!,
          LOG_LEVEL: 'warn',
          AUTH_SIGNUPS_PER_WINDOW: '1000',
          RATE_LIMIT_PER_MINUTE: '100000',
          // Every member here is a new account; the new-account post limit has its own tests.
          NEW_ACCOUNT_DAILY_POSTS: '1000',
        },
      },
});
