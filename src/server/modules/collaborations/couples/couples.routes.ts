// /api/couples-requests: post "looking for a couples-massage partner", find requests near a postal
// code, and reply to one by direct message.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  couplesCreateSchema,
  couplesQuerySchema,
  couplesReplySchema,
  couplesRequestSchema,
  idParams,
} from '../../../../contracts/collaborations.ts';
import type { Actors } from '../../../http/actor.ts';
import { memberRouteOptions } from '../../../http/route-docs.ts';
import { noSuchCouplesRequest } from '../collaborations.policy.ts';
import type { CouplesService } from './couples.service.ts';

const member = memberRouteOptions(['collaborations']);

export function registerCouplesRoutes(base: FastifyInstance, actors: Actors, couples: CouplesService) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const caller = (request: FastifyRequest) => actors.requiredForRecord(request, noSuchCouplesRequest);

  app.post(
    '/api/couples-requests',
    member({
      summary: 'Look for a couples-massage partner on a date near a postal code (new accounts: a few posts a day)',
      body: couplesCreateSchema,
      response: { 201: couplesRequestSchema },
    }),
    async (request, reply) =>
      reply.status(201).send(await couples.create(await actors.required(request), request.body)),
  );

  app.get(
    '/api/couples-requests',
    member({
      summary: 'Open couples-partner requests, nearest first with near= (radius in miles by default; unit=km)',
      querystring: couplesQuerySchema,
      response: { 200: z.object({ items: z.array(couplesRequestSchema) }) },
    }),
    async (request) => ({ items: await couples.search(await actors.required(request), request.query) }),
  );

  app.get(
    '/api/couples-requests/:id',
    member({ summary: 'One couples-partner request', params: idParams, response: { 200: couplesRequestSchema } }),
    async (request) => couples.get(await caller(request), request.params.id),
  );

  app.post(
    '/api/couples-requests/:id/reply',
    member({
      summary: 'Reply to the request’s author by direct message (opens or reuses the conversation)',
      params: idParams,
      body: couplesReplySchema,
      response: { 200: z.object({ conversationId: z.uuid() }) },
    }),
    async (request) => couples.reply(await caller(request), request.params.id, request.body.message),
  );
}
