// Members in video rooms, driven in Chromium: shared by e2e/rooms.spec.ts and bench/room-join.ts, so
// the benchmark measures exactly what the spec checks. Plain waits (no test runner's expect), with
// deadlines. The room kind 'test' is test scaffolding (test/support/rooms.ts).
import type { Browser, Page } from '@playwright/test';
import { closedNetworkChromiumFlags } from './env.ts';

let counter = 0;
const password = 'a calm and long password';

/** Chromium's flags for rooms: fake devices granted without a prompt; loopback ICE (this machine has nothing else). */
export const roomBrowserArgs = [
  ...closedNetworkChromiumFlags,
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  // Without it Chromium gathers no ICE candidate on a loopback-only machine.
  '--allow-loopback-in-peer-connection',
  // Host candidates as addresses, not mDNS names: nothing answers mDNS on this machine, and a page
  // Chromium has not yet counted as granted media hides its addresses behind them (seen as pairs
  // that never start checking).
  '--disable-features=WebRtcHideLocalIpsWithMdns',
];

/** A member in a browser context of their own, signed up through the API: host… hosts, member… joins, others are strangers. */
export async function memberPage(browser: Browser, baseURL: string, who: string, name: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1100, height: 800 },
    permissions: ['camera', 'microphone'],
  });
  const email = `${who}.${Date.now().toString(36)}${(counter++).toString(36)}@example.com`;
  const signUp = await context.request.post('/api/auth/sign-up/email', {
    data: { name, email, password },
    headers: { origin: baseURL },
  });
  if (signUp.status() !== 200) throw new Error(`sign-up failed: ${signUp.status()} ${await signUp.text()}`);
  return context.newPage();
}

/** Opens the room, waits for the camera preview, and joins; the page's clock at the click. */
export async function joinRoom(page: Page, room: string) {
  await page.goto(`/app/rooms/test/${room}`);
  await page.getByLabel('Your camera preview').waitFor({ timeout: 60_000 });
  const clickedAt = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Join room' }).click();
  await page.getByRole('toolbar', { name: 'Room controls' }).waitFor({ timeout: 60_000 });
  return clickedAt;
}

export type RemoteTile = { name: string; frames: number; firstFrameMs: number | null };

/** The other peers' tiles: frames decoded (getStats) and when the first one showed (page clock). */
export const remoteTiles = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('figure.room-tile:not([data-own])')].map((tile) => ({
      name: `${tile.getAttribute('aria-label') ?? ''}${tile.querySelector('video')?.hidden ? ' [hidden]' : ''}${
        (tile.querySelector('video')?.srcObject as MediaStream | null)
          ?.getTracks()
          .map((t) => t.kind)
          .join('+') ?? ' [no stream]'
      }`,
      frames: Number(tile.dataset.framesDecoded ?? 0),
      firstFrameMs: tile.querySelector('video')?.dataset.firstFrameMs
        ? Number(tile.querySelector('video')!.dataset.firstFrameMs)
        : null,
    })),
  ) as Promise<RemoteTile[]>;

/** Waits until the page decodes video from `count` others; ms from the click to the last of those first frames. */
export async function firstFramesFrom(page: Page, count: number, clickedAt: number, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const decoding = (await remoteTiles(page)).filter((tile) => tile.frames > 0 && tile.firstFrameMs !== null);
    if (decoding.length >= count) return Math.max(...decoding.map((tile) => tile.firstFrameMs! - clickedAt));
    if (Date.now() > deadline)
      throw new Error(
        `video from ${count} others not decoded within ${timeoutMs} ms: ${JSON.stringify(await remoteTiles(page))}`,
      );
    await page.waitForTimeout(100);
  }
}
