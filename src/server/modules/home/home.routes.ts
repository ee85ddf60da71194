// GET /api/me/home: the signed-in member's "what needs doing" in one request.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { followUpsQuerySchema } from '../../../contracts/contacts.ts';
import { memberHomeSchema } from '../../../contracts/home.ts';
import type { AppContext } from '../../context.ts';
import type { HomeService } from './home.service.ts';

export function registerHomeRoutes(base: FastifyInstance, context: AppContext, { home }: { home: HomeService }) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/me/home',
    {
      schema: {
        tags: ['home'],
        security: [{ session: [] }],
        summary:
          'My home: follow-ups due, referrals and trades waiting for me, certificates ending soon, profile completeness, my pipeline by stage',
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
