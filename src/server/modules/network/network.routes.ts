// The network's routes in one registration: connections and endorsements, and reciprocity.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { reciprocitySchema } from '../../../contracts/network.ts';
import type { AppContext } from '../../context.ts';
import { registerConnectionRoutes } from './connections.routes.ts';
import { reciprocityService } from './reciprocity.service.ts';

export function registerNetworkRoutes(base: FastifyInstance, context: AppContext) {
  const reciprocity = reciprocityService(context);
  base.withTypeProvider<ZodTypeProvider>().get(
    '/api/reciprocity',
    {
      schema: {
        tags: ['network'],
        security: [{ session: [] }],
        summary: 'Referrals with each partner both ways, a 12-month trend, my referral network and one-way partners',
        response: { 200: reciprocitySchema },
      },
    },
    async (request) => reciprocity.forMember(await context.actors.required(request)),
  );
  registerConnectionRoutes(base, context);
}
