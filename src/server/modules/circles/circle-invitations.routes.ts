// /api/circles/{id}/invitations (organizers: links, email and member invitations, revoke) and
// /api/circles/invitations/{token} (the invitee: what it opens, and joining through it).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  circleIdParams,
  circleInvitationListSchema,
  circleInvitationParams,
  circleInvitationSchema,
  circleInviteResultSchema,
  circleInviteSchema,
  circleLinkSchema,
  circlePreviewSchema,
  circleSchema,
  invitationTokenParams,
} from '../../../contracts/circles.ts';
import type { Actors } from '../../http/actor.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';
import type { CircleInvitationsService } from './circle-invitations.service.ts';
import { noSuchCircle } from './circles.service.ts';

const member = memberRouteOptions(['circles']);

export function registerCircleInvitationRoutes(
  base: FastifyInstance,
  actors: Actors,
  invitations: CircleInvitationsService,
) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const caller = (request: Parameters<Actors['optional']>[0]) => actors.requiredForRecord(request, noSuchCircle);

  app.get(
    '/api/circles/:id/invitations',
    member({
      summary: 'The circle’s links and emailed invitations (organizers)',
      params: circleIdParams,
      response: { 200: circleInvitationListSchema },
    }),
    async (request) => invitations.list(await caller(request), request.params.id),
  );

  app.post(
    '/api/circles/:id/invitations',
    member({
      summary:
        'Invite members of my network (slugs: in the app and by email per their settings), my professionals (contact ids) and any addresses (an emailed link, also for people without an account)',
      params: circleIdParams,
      body: circleInviteSchema,
      response: { 200: circleInviteResultSchema },
    }),
    async (request) => invitations.invite(await caller(request), request.params.id, request.body),
  );

  app.post(
    '/api/circles/:id/invitations/link',
    member({
      summary: 'A new shareable link that lets people join until it is revoked; its address is shown only now',
      params: circleIdParams,
      response: { 201: circleLinkSchema },
    }),
    async (request, reply) =>
      reply.status(201).send(await invitations.createLink(await caller(request), request.params.id)),
  );

  app.delete(
    '/api/circles/:id/invitations/:invitationId',
    member({
      summary: 'Revoke a link or an emailed invitation: it lets nobody else in',
      params: circleInvitationParams,
      response: { 200: circleInvitationSchema },
    }),
    async (request) => invitations.revoke(await caller(request), request.params.id, request.params.invitationId),
  );

  app.get(
    '/api/circles/invitations/:token',
    {
      schema: {
        tags: ['circles'],
        summary:
          'What an invitation opens (no sign-in needed): the circle’s listing. 404 once revoked, used or expired.',
        params: invitationTokenParams,
        response: { 200: circlePreviewSchema },
      },
    },
    async (request) => invitations.preview(await invitations.holderOf(request.params.token)),
  );

  app.post(
    '/api/circles/invitations/:token/accept',
    member({
      summary:
        'Join the circle through an invitation (signed in; a new person signs up first). 409 when full or banned.',
      params: invitationTokenParams,
      response: { 200: circleSchema },
    }),
    async (request) => invitations.accept(await actors.required(request), request.params.token),
  );
}
