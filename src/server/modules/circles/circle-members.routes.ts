// /api/circles/{id}/members: join, leave, the member list, and what organizers do with a member
// (approve, decline, remove, ban, role). Thin: validate, call the service with the actor, return.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  circleIdParams,
  circleMemberListSchema,
  circleMemberParams,
  circleMemberQuerySchema,
  circleMemberSchema,
  circleRoleSchema,
  circleSchema,
} from '../../../contracts/circles.ts';
import type { Actors } from '../../http/actor.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';
import type { CircleMembershipService } from './circle-membership.service.ts';
import { noSuchCircle } from './circles.service.ts';

const member = memberRouteOptions(['circles']);
const answers = ['approve', 'decline', 'ban'] as const;

export function registerCircleMemberRoutes(base: FastifyInstance, actors: Actors, membership: CircleMembershipService) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const caller = (request: Parameters<Actors['optional']>[0]) => actors.requiredForRecord(request, noSuchCircle);

  app.get(
    '/api/circles/:id/members',
    member({
      summary: 'The members (status=active, the default); requests and other statuses for organizers only',
      params: circleIdParams,
      querystring: circleMemberQuerySchema,
      response: { 200: circleMemberListSchema },
    }),
    async (request) => membership.list(await caller(request), request.params.id, request.query.status),
  );

  app.post(
    '/api/circles/:id/members',
    member({
      summary:
        'Join: a public circle (or one I am invited to) at once, a private one by request. 409 when full or banned.',
      params: circleIdParams,
      response: { 200: circleSchema },
    }),
    async (request) => membership.join(await caller(request), request.params.id),
  );

  // Registered before /:memberId so "me" is never read as a member id.
  app.delete(
    '/api/circles/:id/members/me',
    member({
      summary: 'Leave the circle (or withdraw my request, or turn down my invitation). 409 for its last organizer.',
      params: circleIdParams,
    }),
    async (request, reply) => {
      await membership.leave(await caller(request), request.params.id);
      return reply.status(204).send();
    },
  );

  app.delete(
    '/api/circles/:id/members/:memberId',
    member({
      summary: 'Remove an active member (organizers; they may ask to join again)',
      params: circleMemberParams,
      response: { 200: circleMemberSchema },
    }),
    async (request) => membership.remove(await caller(request), request.params.id, request.params.memberId),
  );

  for (const answer of answers)
    app.post(
      `/api/circles/:id/members/:memberId/${answer}`,
      member({
        summary:
          answer === 'ban'
            ? 'Ban a person from the circle (organizers): they lose access at once and cannot rejoin'
            : `${answer === 'approve' ? 'Approve' : 'Decline'} a request to join (organizers). 409 when there is none${answer === 'approve' ? ' or the circle is full' : ''}.`,
        params: circleMemberParams,
        response: { 200: circleMemberSchema },
      }),
      async (request) => membership[answer](await caller(request), request.params.id, request.params.memberId),
    );

  app.post(
    '/api/circles/:id/members/:memberId/role',
    member({
      summary: 'Make an active member a co-organizer, or a member again (the organizer only)',
      params: circleMemberParams,
      body: circleRoleSchema,
      response: { 200: circleMemberSchema },
    }),
    async (request) =>
      membership.setRole(await caller(request), request.params.id, request.params.memberId, request.body.role),
  );
}
