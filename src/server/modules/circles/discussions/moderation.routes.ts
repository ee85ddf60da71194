// Moderation over HTTP: organizers and co-organizers pin, lock and hide threads, hide posts, and
// read and resolve reports; any member reports a post. Thin: validate, call, return.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  circleParams,
  circleReportParams,
  postModerationSchema,
  postParams,
  postSchema,
  reportCreateSchema,
  reportListSchema,
  reportSchema,
  threadModerationSchema,
  threadParams,
  threadSummarySchema,
} from '../../../../contracts/discussions.ts';
import type { Actors } from '../../../http/actor.ts';
import { memberRouteOptions } from '../../../http/route-docs.ts';
import { noSuchCircle } from '../circles.service.ts';
import { noSuchPost, noSuchThread } from './discussion-access.ts';
import type { ModerationService } from './moderation.service.ts';

const member = memberRouteOptions(['circles']);

export function registerModerationRoutes(base: FastifyInstance, actors: Actors, moderation: ModerationService) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/threads/:threadId/moderation',
    member({
      summary: 'Organizers and co-organizers: pin or unpin, lock or unlock, hide or show a thread',
      params: threadParams,
      body: threadModerationSchema,
      response: { 200: threadSummarySchema },
    }),
    async (request) =>
      moderation.moderateThread(
        await actors.requiredForRecord(request, noSuchThread),
        request.params.threadId,
        request.body,
      ),
  );

  app.post(
    '/api/posts/:postId/moderation',
    member({
      summary: 'Organizers and co-organizers: hide or show a post (hidden: only they see it)',
      params: postParams,
      body: postModerationSchema,
      response: { 200: postSchema },
    }),
    async (request) =>
      moderation.moderatePost(
        await actors.requiredForRecord(request, noSuchPost),
        request.params.postId,
        request.body.hidden,
      ),
  );

  app.post(
    '/api/posts/:postId/reports',
    member({
      summary: 'Report a post to the circle’s organizers (they are told who reported, not why; once per post)',
      params: postParams,
      body: reportCreateSchema,
      response: { 201: z.object({ reported: z.literal(true) }) },
    }),
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await moderation.report(
            await actors.requiredForRecord(request, noSuchPost),
            request.params.postId,
            request.body.reason,
          ),
        ),
  );

  app.get(
    '/api/circles/:id/reports',
    member({
      summary: 'Organizers and co-organizers: reports of posts, open ones first',
      params: circleParams,
      response: { 200: reportListSchema },
    }),
    async (request) => moderation.reportsOf(await actors.requiredForRecord(request, noSuchCircle), request.params.id),
  );

  app.post(
    '/api/circles/:id/reports/:reportId/resolve',
    member({
      summary: 'Organizers and co-organizers: mark a report dealt with',
      params: circleReportParams,
      response: { 200: reportSchema },
    }),
    async (request) =>
      moderation.resolveReport(
        await actors.requiredForRecord(request, noSuchCircle),
        request.params.id,
        request.params.reportId,
      ),
  );
}
