// Pages that follow live events: open one and wait until its socket is ready to hear them.
import { expect, type Page, type WebSocket } from '@playwright/test';

/** Opens a page and waits until the live socket is there to tell it what changes. */
export async function openLive(page: Page, path: string) {
  // The page left behind (the home page after signing in) may still be opening its own socket,
  // whose 'ready' would pass for this page's: leave it first, so only this page's socket counts.
  await page.goto('about:blank');
  // Listening from the socket's first moment: its 'ready' frame may come before an await returns.
  let ready = false;
  const onSocket = (socket: WebSocket) => {
    if (socket.url().endsWith('/api/ws'))
      socket.on('framereceived', (frame) => void (String(frame.payload).includes('"ready"') && (ready = true)));
  };
  page.on('websocket', onSocket);
  await page.goto(path);
  await expect.poll(() => ready, { message: 'the live socket is ready' }).toBe(true);
  page.off('websocket', onSocket);
}
