// /api/rooms/ws?token=…: a room's signaling socket. Like /api/ws, the upgrade needs our own Origin
// (403: any site could otherwise open it with the member's cookie) and the session (401); the token
// must be this member's, unexpired, and the owning module must still admit them (404 otherwise, as
// for a room that does not exist). Frames are JSON (contracts/rooms.ts); room-peer.ts relays them.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import { roomClientFrameSchema } from '../../../contracts/rooms.ts';
import type { MemberActor } from '../../access/actor.ts';
import type { AppContext } from '../../context.ts';
import { AppError, invalid, notFound } from '../../http/errors.ts';
import { requireOwnOrigin, safeJson } from '../../realtime/ws.routes.ts';
import type { Admission } from './room-admission.ts';
import { roomPeer } from './room-peer.ts';
import type { RoomTicket } from './room-token.ts';
import { noSuchRoom, type RoomsService } from './rooms.service.ts';

const heartbeatMs = 30_000;
type Entry = { actor: MemberActor; ticket: RoomTicket; admission: Admission };

export function registerRoomSocket(
  app: FastifyInstance,
  { actors, config, realtime, log }: AppContext,
  rooms: RoomsService,
) {
  const ownOrigins = new Set(config.ownOrigins);
  const entries = new WeakMap<FastifyRequest, Entry>();
  const alive = new Map<WebSocket, boolean>();
  // A vanished peer never says goodbye: ping each socket, end those that did not answer the last ping.
  const heartbeat = setInterval(() => {
    for (const [socket, answered] of alive) {
      if (!answered) socket.terminate();
      else {
        alive.set(socket, false);
        socket.ping();
      }
    }
  }, heartbeatMs);
  heartbeat.unref();
  app.addHook('onClose', async () => clearInterval(heartbeat));

  app.route({
    method: 'GET',
    url: '/api/rooms/ws',
    schema: {
      tags: ['rooms'],
      security: [{ session: [] }],
      querystring: z.object({ token: z.string().min(1).max(2000) }),
      summary:
        'WebSocket (upgrade): a room’s signaling — welcome | waiting, peer-joined/present/updated/left, signal, chat, knock, muted-by-host, removed; send signal, chat, hand, media, and as a host mute, remove, admit. Needs the session cookie, this site as Origin and a token from POST /api/rooms/{kind}/{id}/token.',
    },
    preValidation: async (request: FastifyRequest<{ Querystring: { token: string } }>) => {
      requireOwnOrigin(request, ownOrigins);
      const actor = await actors.optional(request);
      if (!actor) throw new AppError('unauthenticated', 'Sign in to continue');
      // preValidation runs before the schema: the query is still raw here (twice given, it is a list).
      const given: unknown = request.query.token;
      if (typeof given !== 'string' || given.length > 2000) throw invalid('token', 'must be one room token');
      const ticket = rooms.tokens.verify(given);
      if (!ticket || ticket.userId !== actor.userId) throw notFound(noSuchRoom);
      // Asked again, not read from the token: whoever was removed since it was issued is out now.
      const admission = await rooms.requireAdmission(actor, ticket.kind, ticket.id);
      entries.set(request, {
        actor,
        ticket,
        admission: { ...admission, allowed: admission.allowed && !ticket.waiting },
      });
    },
    handler: async () => {
      throw invalid('upgrade', 'this is a WebSocket endpoint: open it with new WebSocket(...)');
    },
    wsHandler: (socket, request) => {
      const { actor, ticket, admission } = entries.get(request)!;
      alive.set(socket, true);
      const peer = roomPeer({ rooms, realtime, log }, actor, ticket, admission, {
        send: (frame) => {
          if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
        },
        close: (code, reason) => socket.close(code, reason),
      });
      socket.on('pong', () => alive.set(socket, true));
      socket.on('message', (data: Buffer, isBinary) => {
        alive.set(socket, true);
        const parsed = isBinary ? null : roomClientFrameSchema.safeParse(safeJson(data.toString('utf8')));
        if (!parsed?.success) return socket.send(JSON.stringify({ type: 'error', message: 'Not a room frame' }));
        peer.receive(parsed.data).catch((error: unknown) => log.warn({ err: error }, 'rooms: a frame failed'));
      });
      socket.on('close', () => {
        alive.delete(socket);
        peer.stop();
      });
      peer.start();
    },
  });
}
