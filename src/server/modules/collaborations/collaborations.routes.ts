// /api/collaborations: the hub's one read — my and open campaigns, research projects, volunteer
// events and couples requests (hidden ones are left out by each list).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { collaborationsHubSchema } from '../../../contracts/collaborations.ts';
import type { Actors } from '../../http/actor.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';
import type { CollaborationsServices } from './collaborations.module.ts';

const member = memberRouteOptions(['collaborations']);

export function registerHubRoute(base: FastifyInstance, actors: Actors, services: CollaborationsServices) {
  base.withTypeProvider<ZodTypeProvider>().get(
    '/api/collaborations',
    member({
      summary:
        'The collaborations hub: campaigns (mine and open), research projects, volunteer events, couples requests',
      response: { 200: collaborationsHubSchema },
    }),
    async (request) => {
      const actor = await actors.required(request);
      const [campaigns, projects, events, couples] = await Promise.all([
        services.campaigns.list(actor),
        services.research.list(),
        services.volunteering.list(actor),
        services.couples.search(actor, { unit: 'mi' }),
      ]);
      return {
        campaigns,
        research: projects.map((project) => ({
          id: project.id,
          slug: project.slug,
          title: project.title,
          mine: project.leadUserId === actor.userId,
          recruiting: project.recruiting,
        })),
        volunteering: events.map((event) => ({
          id: event.id,
          title: event.title,
          mine: event.mine,
          firstShiftAt: event.shifts[0]?.startsAt ?? null,
          openSeats: event.shifts.reduce((sum, shift) => sum + shift.capacity - shift.taken, 0),
        })),
        couples,
      };
    },
  );
}
