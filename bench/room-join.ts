// `node bench/room-join.ts`: time from clicking "Join room" to the first decoded frame of every other
// peer's video, in headless Chromium with fake devices on the built-in mesh (the embedded database,
// one server process with the test-only room kind). For 2 and 3 participants, `BENCH_ROOM_RUNS`
// fresh rooms each (default 3): the last joiner's time is the measure. Prints one JSON object; the
// target is a median ≤ 3 s. Needs /usr/bin/chromium and a web build (`npm run build:web`).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { firstFramesFrom, joinRoom, memberPage, roomBrowserArgs } from '../e2e/support/room-pages.ts';
import { startServer } from '../test/support/server-process.ts';
import { percentile, round } from './support.ts';

const runs = Number(process.env.BENCH_ROOM_RUNS ?? 3);
const log = (message: string) => process.stderr.write(`[bench:room-join] ${message}\n`);
if (!existsSync('dist/web/index.html')) throw new Error('no web build: run `npm run build:web` first');

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kneadwork-bench-rooms-'));
const server = await startServer(
  { DATA_DIR: dataDir, AUTH_SIGNUPS_PER_WINDOW: '1000', RATE_LIMIT_PER_MINUTE: '100000' },
  120_000,
  ['test/support/rooms-server.ts'],
);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: roomBrowserArgs });
const results: Record<string, { runsMs: number[]; medianMs: number; failedRuns: number }> = {};
const failures: Record<number, number> = {};
try {
  for (const size of [2, 3]) {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const room = `test-bench-${size}-${run}-${Date.now().toString(36)}`;
      const pages = [await memberPage(browser, server.url, 'host', 'Bench Host')];
      for (let i = 1; i < size; i++) pages.push(await memberPage(browser, server.url, 'member', `Bench Member ${i}`));
      for (const page of pages.slice(0, -1)) await joinRoom(page, room);
      const last = pages.at(-1)!;
      const clickedAt = await joinRoom(last, room);
      // A pair that never connects (the known flake, decisions/022) is counted, not measured.
      const time = await firstFramesFrom(last, size - 1, clickedAt, 20_000).catch(() => null);
      if (time === null) failures[size] = (failures[size] ?? 0) + 1;
      else times.push(round(time));
      log(`${size} participants, run ${run + 1}: ${time === null ? 'no video within 20 s' : `${round(time)} ms`}`);
      for (const page of pages) await page.context().close();
    }
    results[size === 2 ? 'twoParticipants' : 'threeParticipants'] = {
      runsMs: times,
      medianMs: round(
        percentile(
          [...times].sort((a, b) => a - b),
          50,
        ),
      ),
      failedRuns: failures[size] ?? 0,
    };
  }
} finally {
  await browser.close();
  server.child.kill('SIGTERM');
  await server.exited;
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(JSON.stringify({ ...results, targetMedianMs: 3000 }, null, 2));
