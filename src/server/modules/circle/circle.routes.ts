// The circle domain's routes in one registration: connections and endorsements, reciprocity, and
// cover when away (with its thank-you pass).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { reciprocitySchema } from '../../../contracts/circle.ts';
import type { AppContext } from '../../context.ts';
import { registerAwayRoutes } from './away.routes.ts';
import { scheduleAwayThanks } from './away-thanks.ts';
import { registerConnectionRoutes } from './connections.routes.ts';
import { reciprocityService } from './reciprocity.service.ts';

export function registerCircleRoutes(base: FastifyInstance, context: AppContext) {
  const reciprocity = reciprocityService(context);
  base.withTypeProvider<ZodTypeProvider>().get(
    '/api/reciprocity',
    {
      schema: {
        tags: ['circle'],
        security: [{ session: [] }],
        summary: 'Referrals with each partner both ways, a 12-month trend, my referral network and one-way partners',
        response: { 200: reciprocitySchema },
      },
    },
    async (request) => reciprocity.forMember(await context.actors.required(request)),
  );
  registerConnectionRoutes(base, context);
  registerAwayRoutes(base, context);
  scheduleAwayThanks(context);
}
