// /api/ws: a member's live connection. The upgrade request must carry the session cookie (401
// otherwise) and come from our own origin (403): a WebSocket is not covered by the browser's
// same-origin rules, so without this check any site could open one with the member's cookie.
// Server → client: the hub's events as JSON text frames. Client → server: {"type":"ping"} only.
import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { clientFrameSchema } from '../../contracts/messages.ts';
import { maxRoomFrameBytes } from '../../contracts/room-limits.ts';
import type { AppContext } from '../context.ts';
import type { Actor } from '../http/actor.ts';
import { AppError, invalid } from '../http/errors.ts';

const heartbeatMs = 30_000;
// Client frames are tiny pings; anything bigger is not ours.
const maxClientFrameBytes = 1024;

export async function registerRealtimeSocket(app: FastifyInstance, { actors, config, realtime }: AppContext) {
  // One WebSocket server serves every socket route, so its limit is the largest route's (the video
  // room's signaling carries SDP); this route holds its own 1 KB below.
  await app.register(websocket, { options: { maxPayload: maxRoomFrameBytes } });
  const ownOrigins = new Set(config.ownOrigins);
  const alive = new WeakMap<WebSocket, boolean>();
  const sockets = new Set<WebSocket>();

  // A socket whose peer vanished (sleeping laptop, dropped network) never sends a close: ping each
  // one, and end those that did not answer the previous ping.
  const heartbeat = setInterval(() => {
    for (const socket of sockets) {
      if (alive.get(socket) === false) {
        socket.terminate();
        continue;
      }
      alive.set(socket, false);
      socket.ping();
    }
  }, heartbeatMs);
  heartbeat.unref();
  app.addHook('onClose', async () => clearInterval(heartbeat));

  const actorOf = new WeakMap<object, Actor>();
  // Declared with wsHandler (not `websocket: true`, which hides the route from the OpenAPI document);
  // a plain GET without the upgrade gets a 400 that says what to do.
  app.route({
    method: 'GET',
    url: '/api/ws',
    schema: {
      tags: ['messages'],
      security: [{ session: [] }],
      summary:
        'WebSocket (upgrade): live events — message.created, conversation.read, notification; send {"type":"ping"} for {"type":"pong"}. Needs the session cookie and this site as Origin.',
    },
    preValidation: async (request) => {
      requireOwnOrigin(request, ownOrigins);
      const actor = await actors.optional(request);
      if (!actor) throw new AppError('unauthenticated', 'Sign in to continue');
      actorOf.set(request, actor);
    },
    handler: async () => {
      throw invalid('upgrade', 'this is a WebSocket endpoint: open it with new WebSocket(...)');
    },
    wsHandler: (socket, request) => {
      const actor = actorOf.get(request)!;
      sockets.add(socket);
      alive.set(socket, true);
      const disconnect = realtime.connect(actor.userId, (frame) => {
        if (socket.readyState === socket.OPEN) socket.send(frame);
      });
      socket.on('pong', () => alive.set(socket, true));
      socket.on('message', (data: Buffer, isBinary) => {
        if (data.length > maxClientFrameBytes) return socket.close(1009, 'Frames over 1 KB are refused');
        alive.set(socket, true);
        const parsed = isBinary ? null : clientFrameSchema.safeParse(safeJson(data.toString('utf8')));
        if (parsed?.success) socket.send(JSON.stringify({ type: 'pong' }));
        else
          socket.send(
            JSON.stringify({
              type: 'error',
              message: 'Only {"type":"ping"} is accepted; send messages with POST /api/conversations/{id}/messages',
            }),
          );
      });
      socket.on('close', () => {
        sockets.delete(socket);
        disconnect();
      });
      socket.send(JSON.stringify({ type: 'ready', userId: actor.userId }));
    },
  });
}

/** A socket's upgrade must come from this site: browsers let any page open a WebSocket anywhere, cookies included. */
export function requireOwnOrigin(request: FastifyRequest, ownOrigins: ReadonlySet<string>) {
  const origin = request.headers.origin;
  if (!ownOrigins.has(origin ?? '') && origin !== `${request.protocol}://${request.host}`) {
    throw new AppError('forbidden_origin', 'Cross-site socket refused: the Origin header must be this site');
  }
}

export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
