// /api/me/mentoring (what I offer as a mentor and seek as a mentee) and /api/mentoring/suggestions.
// Thin: validate, call the service with the actor, return.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  mentoringSchema,
  mentoringUpdateSchema,
  suggestionListSchema,
  suggestionQuerySchema,
} from '../../../contracts/mentorship.ts';
import type { Actors } from '../../http/actor.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';
import type { MentoringService } from './mentoring.service.ts';

const member = memberRouteOptions(['mentorship']);

export function registerMentoringRoutes(base: FastifyInstance, actors: Actors, mentoring: MentoringService) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/me/mentoring',
    member({
      summary: 'What I offer as a mentor and seek as a mentee (null: not offering / not seeking)',
      response: { 200: mentoringSchema },
    }),
    async (request) => mentoring.get(await actors.required(request)),
  );

  app.put(
    '/api/me/mentoring',
    member({
      summary:
        'Set what I offer (areas, capacity, in-person | online | both, time zone) and seek (areas, note, how to meet); a part left out is unchanged, null stops it. Sets the profile’s offeringMentorship / seekingMentor flags to match.',
      body: mentoringUpdateSchema,
      response: { 200: mentoringSchema },
    }),
    async (request) => mentoring.update(await actors.required(request), request.body),
  );

  app.get(
    '/api/mentoring/suggestions',
    member({
      summary:
        'Mentors for me, best first, each with its score and its three main reasons in plain words (docs/growth.md, Mentorship). Mentors with no room left, hidden offers and I myself are never suggested.',
      querystring: suggestionQuerySchema,
      response: { 200: suggestionListSchema },
    }),
    async (request) => mentoring.suggestions(await actors.required(request), request.query),
  );
}
