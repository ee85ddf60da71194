// /api/connections: my network (requests, accepted connections, my private trusted mark) and the
// endorsements I make through a connection.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  connectionCreateSchema,
  connectionListSchema,
  connectionSchema,
  connectionUpdateSchema,
  endorsementCreateSchema,
  endorsementSchema,
} from '../../../contracts/network.ts';
import type { Actors } from '../../http/actor.ts';
import type { EndorsementsService } from './endorsements.service.ts';
import type { NetworkService } from './network.service.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';

const member = memberRouteOptions(['network']);
const byId = z.object({ id: z.uuid('must be a connection id') });
const byEndorsement = byId.extend({ endorsementId: z.uuid('must be an endorsement id') });
const deleted = { 204: z.null().describe('Deleted') };

export function registerConnectionRoutes(
  base: FastifyInstance,
  actors: Actors,
  { network: circle, endorsements }: { network: NetworkService; endorsements: EndorsementsService },
) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/connections',
    member({
      summary: 'My connections and requests (incoming and outgoing), with my private trusted mark',
      response: { 200: connectionListSchema },
    }),
    async (request) => circle.list(await actors.required(request)),
  );

  app.post(
    '/api/connections',
    member({
      summary: 'Ask a member to connect (201); asking someone who already asked you accepts their request (200)',
      description: 'Yourself → 400; a member you cannot see → 404; already connected or already asked → 409.',
      body: connectionCreateSchema,
      response: { 200: connectionSchema, 201: connectionSchema },
    }),
    async (request, reply) => {
      const { created, connection } = await circle.request(await actors.required(request), request.body.toMemberSlug);
      return reply.status(created ? 201 : 200).send(connection);
    },
  );

  app.post(
    '/api/connections/:id/accept',
    member({
      summary: 'Accept a request made to me (only the member asked may)',
      params: byId,
      response: { 200: connectionSchema },
    }),
    async (request) => circle.accept(await actors.required(request), request.params.id),
  );

  app.patch(
    '/api/connections/:id',
    member({
      summary: 'Set my private trusted mark (the other side never sees it)',
      params: byId,
      body: connectionUpdateSchema,
      response: { 200: connectionSchema },
    }),
    async (request) => circle.setTrusted(await actors.required(request), request.params.id, request.body.trusted),
  );

  app.delete(
    '/api/connections/:id',
    member({
      summary: 'Decline, withdraw or remove a connection (either side); endorsements made through it go too',
      params: byId,
      response: deleted,
    }),
    async (request, reply) => {
      await circle.remove(await actors.required(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/connections/:id/endorsements',
    member({
      summary: 'Endorse a specialty or modality on a connection’s profile',
      description:
        'Only through an accepted connection, after a completed trade or an accepted referral between you, and for an item on their profile; otherwise 409.',
      params: byId,
      body: endorsementCreateSchema,
      response: { 201: endorsementSchema },
    }),
    async (request, reply) =>
      reply
        .status(201)
        .send(await endorsements.endorse(await actors.required(request), request.params.id, request.body)),
  );

  app.delete(
    '/api/connections/:id/endorsements/:endorsementId',
    member({ summary: 'Withdraw my endorsement', params: byEndorsement, response: deleted }),
    async (request, reply) => {
      await endorsements.withdraw(await actors.required(request), request.params.id, request.params.endorsementId);
      return reply.status(204).send(null);
    },
  );
}
