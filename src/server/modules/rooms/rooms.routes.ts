// POST /api/rooms/{kind}/{id}/token: a member's way into a room. Thin: the service asks the owning
// module's admission; a room one may not enter answers exactly as one that does not exist.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { roomParamsSchema, roomTokenSchema } from '../../../contracts/rooms.ts';
import type { Actors } from '../../http/actor.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';
import { noSuchRoom, type RoomsService } from './rooms.service.ts';

const member = memberRouteOptions(['rooms']);

export function registerRoomRoutes(base: FastifyInstance, actors: Actors, rooms: RoomsService) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/api/rooms/:kind/:id/token',
    member({
      summary:
        'A short-lived token for the room socket (/api/rooms/ws), with the media mode (mesh: ICE servers and the 4-peer cap; livekit: the SFU and its token). 404 unless the owning module admits me; waiting: true for a guest who waits for a host.',
      params: roomParamsSchema,
      response: { 200: roomTokenSchema },
    }),
    async (request) =>
      rooms.issueToken(await actors.requiredForRecord(request, noSuchRoom), request.params.kind, request.params.id),
  );
}
