// /api/circles: start a circle, find circles, read one (by id or slug). Thin: validate, call the
// service with the actor, return. Members and invitations have their own route files.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  circleCreateSchema,
  circleCreatedSchema,
  circleIdParams,
  circleListSchema,
  circleQuerySchema,
  circleSchema,
  circleUpdateSchema,
} from '../../../contracts/circles.ts';
import type { Actors } from '../../http/actor.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';
import type { CircleSettingsService } from './circle-settings.service.ts';
import { noSuchCircle, type CirclesService } from './circles.service.ts';

const member = memberRouteOptions(['circles']);

export function registerCircleRoutes(
  base: FastifyInstance,
  actors: Actors,
  { circles, settings }: { circles: CirclesService; settings: CircleSettingsService },
) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/circles',
    member({
      summary:
        'Start a circle: I become its organizer; optionally invite members (slugs), my professionals (contact ids) and addresses at once',
      body: circleCreateSchema,
      response: { 201: circleCreatedSchema },
    }),
    async (request, reply) =>
      reply.status(201).send(await circles.create(await actors.required(request), request.body)),
  );

  app.get(
    '/api/circles',
    {
      schema: {
        tags: ['circles'],
        summary: 'Find circles near a postal code (distance), online, by kind, topic and words',
        description:
          'Public and private circles for everyone; secret ones only for their members and invitees. `near` is a US ZIP or Canadian postal code, `radius` (default 25) in `unit`; with `near` the nearest come first, else the newest. `mine=true` lists the circles I am an active member of.',
        querystring: circleQuerySchema,
        response: { 200: circleListSchema },
      },
    },
    async (request) => circles.search(await actors.optional(request), request.query),
  );

  app.get(
    '/api/circles/:id',
    member({
      summary: 'One circle by id or slug; its rules only for members (and for anyone, of a public circle)',
      params: circleIdParams,
      response: { 200: circleSchema },
    }),
    async (request) => circles.get(await actors.requiredForRecord(request, noSuchCircle), request.params.id),
  );

  app.patch(
    '/api/circles/:id',
    member({
      summary:
        'Change a circle’s settings (organizers): what is given changes, the address stays; a cap below today’s members is 400',
      params: circleIdParams,
      body: circleUpdateSchema,
      response: { 200: circleSchema },
    }),
    async (request) =>
      settings.update(await actors.requiredForRecord(request, noSuchCircle), request.params.id, request.body),
  );
}
