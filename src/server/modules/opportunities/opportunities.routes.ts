// /api/opportunities: the board (search, post, edit, close, delete, reply by message) and saved
// searches with email alerts. Routes naming a post or a saved search answer an anonymous caller
// with the stranger's 404.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  myOpportunitiesSchema,
  opportunityCreateSchema,
  opportunityListSchema,
  opportunityQuerySchema,
  opportunityReplyResultSchema,
  opportunityReplySchema,
  opportunitySchema,
  opportunityUpdateSchema,
  savedSearchCreateSchema,
  savedSearchListSchema,
  savedSearchSchema,
} from '../../../contracts/opportunities.ts';
import type { Actors } from '../../http/actor.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';
import type { OpportunitiesService } from './opportunities.service.ts';
import { opportunityNotFound } from './opportunities.policy.ts';
import { savedSearchNotFound, type SavedSearchesService } from './saved-searches.service.ts';

const member = memberRouteOptions(['opportunities']);
const byId = z.object({ id: z.uuid('must be an opportunity id') });
const bySearchId = z.object({ id: z.uuid('must be a saved search id') });
const empty = z.object({}).strict().optional();

export function registerOpportunityRoutes(
  base: FastifyInstance,
  actors: Actors,
  { board, savedSearches }: { board: OpportunitiesService; savedSearches: SavedSearchesService },
) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const forPost = (request: Parameters<Actors['required']>[0]) =>
    actors.requiredForRecord(request, opportunityNotFound);

  app.get(
    '/api/opportunities',
    member({
      summary: 'Search the board: near a postal code (radius in miles unless unit=km), by kind and words',
      description:
        'Open posts only (not closed, archived, expired or hidden). With `near`, nearest first; `remote=true` adds remote posts after them. Without `near`, newest first (`remote=true`: remote posts only).',
      querystring: opportunityQuerySchema,
      response: { 200: opportunityListSchema },
    }),
    async (request) => board.search(await actors.required(request), request.query),
  );

  app.post(
    '/api/opportunities',
    member({
      summary: 'Post an opportunity (job, room, event, cover shift, couples massage, research, volunteer)',
      description:
        '`details` depends on `kind`. A postal code or `remote: true` is needed; expiresOn from today to a year ahead. New accounts may post a few times a day (429).',
      body: opportunityCreateSchema,
      response: { 201: opportunitySchema },
    }),
    async (request, reply) => reply.status(201).send(await board.create(await actors.required(request), request.body)),
  );

  app.get(
    '/api/opportunities/mine',
    member({ summary: 'My posts, every status, newest first', response: { 200: myOpportunitiesSchema } }),
    async (request) => board.mine(await actors.required(request)),
  );

  app.get(
    '/api/opportunities/saved-searches',
    member({ summary: 'My saved searches', response: { 200: savedSearchListSchema } }),
    async (request) => savedSearches.list(await actors.required(request)),
  );

  app.post(
    '/api/opportunities/saved-searches',
    member({
      summary: 'Save a search and get email alerts for new matching posts (instant, or one daily digest)',
      body: savedSearchCreateSchema,
      response: { 201: savedSearchSchema },
    }),
    async (request, reply) =>
      reply.status(201).send(await savedSearches.create(await actors.required(request), request.body)),
  );

  app.delete(
    '/api/opportunities/saved-searches/:id',
    member({ summary: 'Delete a saved search (its alerts stop)', params: bySearchId, response: { 204: z.null() } }),
    async (request, reply) => {
      await savedSearches.remove(await actors.requiredForRecord(request, savedSearchNotFound), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/opportunities/:id',
    member({
      summary: 'One post (its author also sees it closed, archived or hidden)',
      params: byId,
      response: { 200: opportunitySchema },
    }),
    async (request) => board.get(await forPost(request), request.params.id),
  );

  app.patch(
    '/api/opportunities/:id',
    member({
      summary: 'Edit my open post',
      description: '`details`, when given, replaces the details whole and is checked against the post’s kind.',
      params: byId,
      body: opportunityUpdateSchema,
      response: { 200: opportunitySchema },
    }),
    async (request) => board.update(await forPost(request), request.params.id, request.body),
  );

  app.post(
    '/api/opportunities/:id/close',
    member({
      summary: 'Close my post (it leaves the board)',
      params: byId,
      body: empty,
      response: { 200: opportunitySchema },
    }),
    async (request) => board.close(await forPost(request), request.params.id),
  );

  app.delete(
    '/api/opportunities/:id',
    member({ summary: 'Delete my post', params: byId, response: { 204: z.null() } }),
    async (request, reply) => {
      await board.remove(await forPost(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/opportunities/:id/reply',
    member({
      summary: 'Reply by message: starts (or reopens) my direct conversation with the author and sends the reply',
      params: byId,
      body: opportunityReplySchema,
      response: { 201: opportunityReplyResultSchema },
    }),
    async (request, reply) =>
      reply.status(201).send(await board.reply(await forPost(request), request.params.id, request.body.body)),
  );
}
