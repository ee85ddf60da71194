// The network's routes in one registration: connections and endorsements, and reciprocity.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { reciprocitySchema } from '../../../contracts/network.ts';
import type { Actors } from '../../http/actor.ts';
import { registerConnectionRoutes } from './connections.routes.ts';
import type { EndorsementsService } from './endorsements.service.ts';
import type { NetworkService } from './network.service.ts';
import type { ReciprocityService } from './reciprocity.service.ts';

export function registerNetworkRoutes(
  base: FastifyInstance,
  actors: Actors,
  services: { network: NetworkService; endorsements: EndorsementsService; reciprocity: ReciprocityService },
) {
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
    async (request) => services.reciprocity.forMember(await actors.required(request)),
  );
  registerConnectionRoutes(base, actors, services);
}
