// GET /api/me/home: the signed-in member's "what needs doing" in one request.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { followUpsQuerySchema } from '../../../contracts/contacts.ts';
import { memberHomeSchema } from '../../../contracts/home.ts';
import type { AppContext } from '../../context.ts';
import type { MemberServices } from '../index.ts';
import { homeService } from './home.service.ts';

export function registerHomeRoutes(base: FastifyInstance, context: AppContext, services: MemberServices) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const home = homeService(context, services);
  app.get(
    '/api/me/home',
    {
      schema: {
        tags: ['home'],
        security: [{ session: [] }],
        summary: 'My home: follow-ups due, referrals and trades waiting for me, certificates ending soon, profile completeness, my pipeline by stage',
        querystring: followUpsQuerySchema,
        response: { 200: memberHomeSchema },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'private, no-store');
      return home.forMember(await context.actors.required(request), request.query.today);
    },
  );
}
