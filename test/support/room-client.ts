// A peer of a video room for tests: asks for a token over HTTP, opens /api/rooms/ws with it, keeps
// every frame it receives and waits for the next one that matches (with a deadline, never a sleep).
import WebSocket from 'ws';
import type { RoomServerFrame } from '../../src/contracts/room-limits.ts';
import type { RoomClientFrame, RoomToken } from '../../src/contracts/rooms.ts';

export type RoomSocket = {
  events: RoomServerFrame[];
  next: <T extends RoomServerFrame['type']>(
    type: T,
    match?: (frame: Extract<RoomServerFrame, { type: T }>) => boolean,
    timeoutMs?: number,
  ) => Promise<Extract<RoomServerFrame, { type: T }>>;
  send: (frame: RoomClientFrame) => void;
  close: () => Promise<void>;
  closed: Promise<{ code: number }>;
};

export async function roomToken(baseUrl: string, cookie: string, room: string, kind = 'test') {
  const response = await fetch(`${baseUrl}/api/rooms/${kind}/${room}/token`, {
    method: 'POST',
    headers: { cookie, origin: baseUrl },
  });
  return { status: response.status, body: (await response.json()) as RoomToken };
}

const socketUrl = (baseUrl: string, token: string) =>
  `${baseUrl.replace(/^http/, 'ws')}/api/rooms/ws?token=${encodeURIComponent(token)}`;

/** Opens the room socket; resolves on its first frame (welcome or waiting). */
export async function openRoom(baseUrl: string, cookie: string, token: string, origin = baseUrl): Promise<RoomSocket> {
  const socket = new WebSocket(socketUrl(baseUrl, token), { headers: { cookie, origin } });
  const events: RoomServerFrame[] = [];
  const waiters = new Set<{ match: (frame: RoomServerFrame) => boolean; resolve: (frame: RoomServerFrame) => void }>();
  socket.on('message', (data: Buffer) => {
    const frame = JSON.parse(data.toString('utf8')) as RoomServerFrame;
    events.push(frame);
    for (const waiter of waiters)
      if (waiter.match(frame)) {
        waiters.delete(waiter);
        waiter.resolve(frame);
      }
  });
  const closed = new Promise<{ code: number }>((resolve) => socket.once('close', (code) => resolve({ code })));
  const next: RoomSocket['next'] = (type, match = () => true, timeoutMs = 10_000) =>
    new Promise((resolve, reject) => {
      const test = (frame: RoomServerFrame) => frame.type === type && match(frame as never);
      const already = events.find(test);
      if (already) return resolve(already as never);
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        reject(new Error(`no ${type} within ${timeoutMs} ms; got ${JSON.stringify(events.map((e) => e.type))}`));
      }, timeoutMs);
      const waiter = {
        match: test,
        resolve: (frame: RoomServerFrame) => {
          clearTimeout(timer);
          resolve(frame as never);
        },
      };
      waiters.add(waiter);
    });
  await new Promise<void>((resolve, reject) => {
    socket.once('message', () => resolve());
    socket.once('unexpected-response', (_request, response) =>
      reject(new Error(`upgrade refused: ${response.statusCode}`)),
    );
    socket.once('error', reject);
  });
  return {
    events,
    next,
    send: (frame) => socket.send(JSON.stringify(frame)),
    close: async () => {
      socket.close();
      await closed;
    },
    closed,
  };
}

/** The HTTP status of the room socket's upgrade (101 when accepted). */
export function roomUpgradeStatus(baseUrl: string, token: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(socketUrl(baseUrl, token), { headers });
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      response.resume();
      socket.terminate();
    });
    socket.once('open', () => {
      resolve(101);
      socket.close();
    });
    socket.once('error', reject);
  });
}
