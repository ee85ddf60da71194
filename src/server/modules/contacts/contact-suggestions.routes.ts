// Expand my list: members near me who are not on it, and adding one of them.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  contactSchema,
  fromMemberSchema,
  suggestionListSchema,
  suggestionQuerySchema,
} from '../../../contracts/contacts.ts';
import type { AppContext } from '../../context.ts';
import type { ContactSuggestionsService } from './contact-suggestions.service.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';

const member = memberRouteOptions(['contacts']);

export function registerContactSuggestionRoutes(
  base: FastifyInstance,
  { actors }: AppContext,
  suggestions: ContactSuggestionsService,
) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/contacts/suggestions',
    member({
      summary:
        'Members near my practice who are not on my list, nearest first, leaning to the professions I have fewest of (needs a postal code on my profile)',
      querystring: suggestionQuerySchema,
      response: { 200: suggestionListSchema },
    }),
    async (request) => suggestions.suggest(await actors.required(request), request.query),
  );

  app.post(
    '/api/contacts/from-member',
    member({
      summary: 'Add a member to my list, prefilled from their profile and linked to it (409 when already on it)',
      body: fromMemberSchema,
      response: { 201: contactSchema },
    }),
    async (request, reply) =>
      reply.status(201).send(await suggestions.addFromMember(await actors.required(request), request.body.slug)),
  );
}
