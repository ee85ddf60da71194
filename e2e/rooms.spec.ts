// The video room in real browsers: three members' Chromium pages with a fake camera and microphone
// join one room on the built-in mesh; each decodes video from the other two (getStats' framesDecoded,
// shown on each tile, keeps growing), and they chat, raise a hand, and the host mutes someone. A
// member the room's admission does not know is refused. Join to first decoded frame is measured.
//
// The room kind used here ('test') is TEST SCAFFOLDING: this spec runs its own server
// (test/support/rooms-server.ts) that registers it; production registers no such kind.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer, type ServerProcess } from '../test/support/server-process.ts';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { snap } from './support/screenshots.ts';
import { browserMissing, browserMissingNotice } from './support/env.ts';
import { firstFramesFrom, joinRoom, memberPage, remoteTiles, roomBrowserArgs } from './support/room-pages.ts';

// Reason: skipped only on a machine without /usr/bin/chromium and without E2E_REQUIRED; CI sets E2E_REQUIRED, so there it fails instead.
test.skip(browserMissing, browserMissingNotice); // reason: no /usr/bin/chromium and no E2E_REQUIRED (CI requires it)
// Known flake, not hidden: on this loopback-only 2-core machine about one run in three has one pair of
// pages whose connection never starts ICE checks (descriptions agree, restarts included) and the
// test times out waiting for its frames; a retry passes. Recorded in docs/decisions/022; remove the
// retries when the cause is found.
test.describe.configure({ retries: 2 });

test.use({ launchOptions: { executablePath: '/usr/bin/chromium', args: roomBrowserArgs } });

let server: ServerProcess;
let dataDir: string;
test.beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'kneadwork-e2e-rooms-'));
  server = await startServer(
    { DATA_DIR: dataDir, AUTH_SIGNUPS_PER_WINDOW: '1000', RATE_LIMIT_PER_MINUTE: '100000' },
    120_000,
    ['test/support/rooms-server.ts'],
  );
});
test.afterEach(async ({ browserName: _browser }, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus)
    await testInfo.attach('server output', { body: server.output().slice(-20_000), contentType: 'text/plain' });
});
test.afterAll(async () => {
  server?.child.kill('SIGTERM');
  await server?.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

test('three members meet in a mesh room: each decodes the other two, chat, a raised hand, the host mutes; a stranger is refused', async ({
  browser,
}) => {
  const host = await memberPage(browser, server.url, 'host', 'Hana Host');
  const mia = await memberPage(browser, server.url, 'member', 'Mia Member');
  const max = await memberPage(browser, server.url, 'member', 'Max Member');
  const stranger = await memberPage(browser, server.url, 'sid', 'Sid Stranger');
  const room = `test-${Date.now().toString(36)}`;

  const hostClicked = await joinRoom(host, room);
  const miaClicked = await joinRoom(mia, room);
  const twoPeople = await firstFramesFrom(mia, 1, miaClicked);
  const maxClicked = await joinRoom(max, room);
  const threePeople = await firstFramesFrom(max, 2, maxClicked);
  await firstFramesFrom(host, 2, hostClicked);
  await firstFramesFrom(mia, 2, miaClicked);

  // Decoding goes on: each page's frame counts grow.
  for (const page of [host, mia, max]) {
    const before = await remoteTiles(page);
    await expect
      .poll(async () => (await remoteTiles(page)).every((tile, index) => tile.frames > before[index]!.frames), {
        timeout: 15_000,
      })
      .toBe(true);
  }
  console.info(
    JSON.stringify({ joinToFirstFrameMs: { twoPeople: Math.round(twoPeople), threePeople: Math.round(threePeople) } }),
  );
  test.info().annotations.push({
    type: 'join-to-first-frame',
    description: `2 people: ${Math.round(twoPeople)} ms; 3 people (both others): ${Math.round(threePeople)} ms`,
  });

  // The side chat reaches everyone.
  await max.getByLabel('Message the room').fill('Hello from Max');
  await max.getByRole('button', { name: 'Send', exact: true }).click();
  for (const page of [host, mia])
    await expect(page.getByRole('log', { name: 'Chat messages' })).toContainText('Max Member: Hello from Max');

  // A raised hand shows on the others' tiles.
  await mia.getByRole('button', { name: 'Raise hand' }).click();
  await expect(mia.getByRole('button', { name: 'Raise hand' })).toHaveAttribute('aria-pressed', 'true');
  await expect(host.getByRole('figure', { name: /Mia Member, .*hand raised/ })).toBeVisible();

  // The host mutes Mia: her microphone goes off and she is told who did it.
  await host.getByRole('button', { name: 'Mute Mia Member' }).click();
  await expect(mia.getByText('Hana Host muted your microphone.')).toBeVisible();
  await expect(mia.getByRole('button', { name: 'Mute' })).toHaveAttribute('aria-pressed', 'true');
  await expect(host.getByRole('figure', { name: /Mia Member.*microphone off/ })).toBeVisible();
  await snap(host, 'rooms-three-peers-desktop');

  // Accessible, and nothing scrolls sideways on a 360 px phone.
  await expectNoSeriousA11yViolations(host, 'the room page');
  await max.setViewportSize({ width: 360, height: 740 });
  await expect.poll(() => max.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await snap(max, 'rooms-phone-360');

  // Someone the room's admission does not know is refused, before any camera opens.
  await stranger.goto(`/app/rooms/test/${room}`);
  await expect(stranger.getByText('This room does not exist, or you are not one of its members.')).toBeVisible();
  await expect(stranger.getByRole('button', { name: 'Join room' })).toHaveCount(0);

  // Leaving ends the others' view of her.
  await mia.getByRole('button', { name: 'Leave' }).click();
  await expect(host.getByRole('figure', { name: /Mia Member/ })).toHaveCount(0);
  for (const page of [host, mia, max, stranger]) await page.context().close();
});
