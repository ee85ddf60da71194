// A member's live socket for tests: connects to /api/ws with the session cookie, keeps every event
// it receives, and waits for the next one that matches (with a deadline, never a fixed sleep).
import WebSocket from 'ws';

export type LiveEvent = { type: string; [key: string]: unknown };
export type LiveSocket = {
  events: LiveEvent[];
  next: (match: (event: LiveEvent) => boolean, timeoutMs?: number) => Promise<LiveEvent>;
  send: (frame: string) => void;
  close: () => Promise<void>;
  closed: Promise<{ code: number }>;
};

/** Opens the socket and resolves after the server's `ready` event (the socket is registered by then). */
export async function openSocket(baseUrl: string, cookie: string, origin: string): Promise<LiveSocket> {
  const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/api/ws`, { headers: { cookie, origin } });
  const events: LiveEvent[] = [];
  const waiters = new Set<{ match: (event: LiveEvent) => boolean; resolve: (event: LiveEvent) => void }>();
  socket.on('message', (data: Buffer) => {
    const event = JSON.parse(data.toString('utf8')) as LiveEvent;
    events.push(event);
    for (const waiter of waiters) {
      if (waiter.match(event)) {
        waiters.delete(waiter);
        waiter.resolve(event);
      }
    }
  });
  const closed = new Promise<{ code: number }>((resolve) => socket.once('close', (code) => resolve({ code })));
  const next = (match: (event: LiveEvent) => boolean, timeoutMs = 10_000) =>
    new Promise<LiveEvent>((resolve, reject) => {
      const already = events.find(match);
      if (already) return resolve(already);
      const waiter = {
        match,
        resolve: (event: LiveEvent) => {
          clearTimeout(timer);
          resolve(event);
        },
      };
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        reject(new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(events.map((e) => e.type))}`));
      }, timeoutMs);
      waiters.add(waiter);
    });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (_request, response) =>
      reject(new Error(`upgrade refused: ${response.statusCode}`)),
    );
    socket.once('error', reject);
  });
  await next((event) => event.type === 'ready');
  return {
    events,
    next,
    send: (frame) => socket.send(frame),
    close: async () => {
      socket.close();
      await closed;
    },
    closed,
  };
}

/** The HTTP status of a refused upgrade (or 101 when it was accepted). */
export function upgradeStatus(baseUrl: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/api/ws`, { headers });
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      response.resume();
      socket.terminate();
    });
    socket.once('open', () => {
      resolve(101);
      socket.close();
    });
    socket.once('error', (error) => reject(error));
  });
}
