// /api/away: my away periods and the invitations I have to cover for colleagues.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { awayCreateSchema, awayListSchema, awayPeriodSchema, coverStatuses } from '../../../contracts/cover.ts';
import type { Actors } from '../../http/actor.ts';
import type { AwayService } from './away.service.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';

const member = memberRouteOptions(['cover']);
const byId = z.object({ id: z.uuid('must be an away period id') });
const byCover = byId.extend({ coverId: z.uuid('must be a cover id') });
const coverAnswer = z.object({ coverId: z.uuid(), status: z.enum(coverStatuses) });

export function registerAwayRoutes(base: FastifyInstance, actors: Actors, away: AwayService) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/away',
    member({
      summary: 'My away periods (with who covers) and the colleagues I am asked to cover for',
      response: { 200: awayListSchema },
    }),
    async (request) => away.list(await actors.required(request)),
  );

  app.post(
    '/api/away',
    member({
      summary: 'Declare an away period and invite colleagues to cover',
      description:
        'endsOn on or after startsOn and not in the past; 1–5 colleagues by profile slug; overlapping another of my periods → 409.',
      body: awayCreateSchema,
      response: { 201: awayPeriodSchema },
    }),
    async (request, reply) => reply.status(201).send(await away.declare(await actors.required(request), request.body)),
  );

  app.post(
    '/api/away/:id/end',
    member({
      summary: 'End my away period early (or cancel one not yet begun)',
      params: byId,
      body: z.object({}).strict().optional(),
      response: { 200: awayPeriodSchema },
    }),
    async (request) => away.end(await actors.required(request), request.params.id),
  );

  app.post(
    '/api/away/:id/covers/:coverId/accept',
    member({
      summary: 'Accept to cover (only the invited colleague)',
      params: byCover,
      body: z.object({}).strict().optional(),
      response: { 200: coverAnswer },
    }),
    async (request) => away.accept(await actors.required(request), request.params.id, request.params.coverId),
  );

  app.post(
    '/api/away/:id/covers/:coverId/decline',
    member({
      summary: 'Decline to cover, or step back after accepting (only the invited colleague)',
      params: byCover,
      body: z.object({}).strict().optional(),
      response: { 200: coverAnswer },
    }),
    async (request) => away.decline(await actors.required(request), request.params.id, request.params.coverId),
  );
}
