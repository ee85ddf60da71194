// /api/contacts: my list of professionals, one contact, its interaction log and my follow-ups.
// Import/export and suggestions live in their own route files; all are registered from here.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  contactCreateSchema,
  contactListQuerySchema,
  contactListSchema,
  contactSchema,
  contactUpdateSchema,
  followUpsQuerySchema,
  followUpsSchema,
  interactionInputSchema,
  interactionListSchema,
  interactionSchema,
} from '../../../contracts/contacts.ts';
import type { AppContext } from '../../context.ts';
import type { ContactsServices } from './contacts.module.ts';
import { registerContactSuggestionRoutes } from './contact-suggestions.routes.ts';
import { registerContactTransferRoutes } from './contacts-transfer.routes.ts';
import { scheduleFollowUpDigests } from './follow-up-digest.schedule.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';

const member = memberRouteOptions(['contacts']);
const byId = z.object({ id: z.uuid('must be a contact id') });

export function registerContactRoutes(base: FastifyInstance, context: AppContext, services: ContactsServices) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { actors } = context;
  const { contacts, interactions, followUps } = services;

  app.get(
    '/api/contacts',
    member({
      summary: 'My professionals: filtered, sorted, paged, with counts by profession and stage over all of them',
      querystring: contactListQuerySchema,
      response: { 200: contactListSchema },
    }),
    async (request) => contacts.list(await actors.required(request), request.query),
  );

  app.post(
    '/api/contacts',
    member({
      summary: 'Add a professional to my list',
      body: contactCreateSchema,
      response: { 201: contactSchema },
    }),
    async (request, reply) =>
      reply.status(201).send(await contacts.create(await actors.required(request), request.body)),
  );

  app.get(
    '/api/contacts/follow-ups',
    member({
      summary: 'Contacts to follow up with: overdue, today, and in the next 7 days',
      querystring: followUpsQuerySchema,
      response: { 200: followUpsSchema },
    }),
    async (request) => followUps.buckets(await actors.required(request), request.query.today),
  );

  app.get('/api/contacts/:id', member({ params: byId, response: { 200: contactSchema } }), async (request) =>
    contacts.get(await actors.required(request), request.params.id),
  );

  app.patch(
    '/api/contacts/:id',
    member({
      summary:
        'Change any of a contact’s fields; a new stage records when it changed; linkedProfileSlug links a member (null unlinks)',
      params: byId,
      body: contactUpdateSchema,
      response: { 200: contactSchema },
    }),
    async (request) => contacts.update(await actors.required(request), request.params.id, request.body),
  );

  app.delete(
    '/api/contacts/:id',
    member({ params: byId, response: { 204: z.null().describe('Deleted') } }),
    async (request, reply) => {
      await contacts.remove(await actors.required(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/contacts/:id/interactions',
    member({
      summary: 'The contact’s interaction log, newest first',
      params: byId,
      response: { 200: interactionListSchema },
    }),
    async (request) => ({ items: await interactions.list(await actors.required(request), request.params.id) }),
  );

  app.post(
    '/api/contacts/:id/interactions',
    member({
      summary:
        'Log an approach (face to face, phone, letter, email); followUpOn sets the next follow-up in the same step',
      params: byId,
      body: interactionInputSchema,
      response: { 201: interactionSchema },
    }),
    async (request, reply) =>
      reply.status(201).send(await interactions.add(await actors.required(request), request.params.id, request.body)),
  );

  registerContactTransferRoutes(base, context, services);
  registerContactSuggestionRoutes(base, context, services.suggestions);
  scheduleFollowUpDigests(context);
}
