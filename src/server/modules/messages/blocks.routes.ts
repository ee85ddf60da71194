// Block, unblock and report a member.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  blockStateSchema,
  memberSlugParamsSchema,
  reportCreateSchema,
  reportSchema,
} from '../../../contracts/messages.ts';
import type { AppContext } from '../../context.ts';
import type { blocksService } from './blocks.service.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';

const member = memberRouteOptions(['messages']);

export function registerBlockRoutes(
  base: FastifyInstance,
  { actors }: AppContext,
  blocks: ReturnType<typeof blocksService>,
) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/members/:slug/block',
    member({
      summary: 'Block a member: they can no longer start a conversation with me or message me (they are not told)',
      params: memberSlugParamsSchema,
      response: { 200: blockStateSchema },
    }),
    async (request) => blocks.block(await actors.required(request), request.params.slug),
  );

  app.delete(
    '/api/members/:slug/block',
    member({
      summary: 'Unblock a member',
      params: memberSlugParamsSchema,
      response: { 200: blockStateSchema },
    }),
    async (request) => blocks.unblock(await actors.required(request), request.params.slug),
  );

  app.post(
    '/api/members/:slug/report',
    member({
      summary: 'Report a member to the moderators, optionally naming one of their messages',
      params: memberSlugParamsSchema,
      body: reportCreateSchema,
      response: { 201: reportSchema },
    }),
    async (request, reply) =>
      reply.status(201).send(await blocks.report(await actors.required(request), request.params.slug, request.body)),
  );
}
