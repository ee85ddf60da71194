// /api/clients: my private client list, one client's record and its access log, and the client's
// consent records (give, list, withdraw). Everything is private to the therapist: 404 to anyone else.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  accessLogSchema,
  clientCreateSchema,
  clientListQuerySchema,
  clientListSchema,
  clientSchema,
  clientUpdateSchema,
  consentCreateSchema,
  consentListQuerySchema,
  consentListSchema,
  consentSchema,
  consentWithdrawSchema,
} from '../../../contracts/clients.ts';
import type { AppContext } from '../../context.ts';
import { noSuchClient } from './clients.policy.ts';
import type { ClientsService } from './clients.service.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';

const member = memberRouteOptions(['clients']);
const byId = z.object({ id: z.uuid('must be a client id') });
const byConsent = byId.extend({ consentId: z.uuid('must be a consent id') });

export function registerClientRoutes(
  base: FastifyInstance,
  { actors }: AppContext,
  { clients }: { clients: ClientsService },
) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/clients',
    member({
      summary: 'My clients by name (no clinical text); archived ones with archived=true',
      querystring: clientListQuerySchema,
      response: { 200: clientListSchema },
    }),
    async (request) => ({ items: await clients.list(await actors.required(request), request.query) }),
  );

  app.post(
    '/api/clients',
    member({
      summary: 'Add a client; notes and contact details are encrypted at rest',
      body: clientCreateSchema,
      response: { 201: clientSchema },
    }),
    async (request, reply) =>
      reply.status(201).send(await clients.create(await actors.required(request), request.body)),
  );

  app.get(
    '/api/clients/:id',
    member({
      summary: 'One client’s record; each read is written to the access log',
      params: byId,
      response: { 200: clientSchema },
    }),
    async (request) => clients.get(await actors.requiredForRecord(request, noSuchClient), request.params.id),
  );

  app.patch(
    '/api/clients/:id',
    member({
      summary: 'Change any of a client’s fields; archived: true archives, false restores',
      params: byId,
      body: clientUpdateSchema,
      response: { 200: clientSchema },
    }),
    async (request) =>
      clients.update(await actors.requiredForRecord(request, noSuchClient), request.params.id, request.body),
  );

  app.get(
    '/api/clients/:id/access-log',
    member({
      summary: 'Who read this client’s data, what and when, newest first',
      params: byId,
      response: { 200: accessLogSchema },
    }),
    async (request) => ({
      items: await clients.accessLog(await actors.requiredForRecord(request, noSuchClient), request.params.id),
    }),
  );

  app.get(
    '/api/clients/:id/consents',
    member({
      summary:
        'The client’s consent records, withdrawn and expired ones included; with memberSlug or contactId, only the active ones covering that recipient',
      params: byId,
      querystring: consentListQuerySchema,
      response: { 200: consentListSchema },
    }),
    async (request) => ({
      items: await clients.listConsents(
        await actors.requiredForRecord(request, noSuchClient),
        request.params.id,
        request.query,
      ),
    }),
  );

  app.post(
    '/api/clients/:id/consents',
    member({
      summary:
        'Record a consent: what may be shared (scope), with whom (sharedWith), how it was given (method; a witness for verbal) and when',
      params: byId,
      body: consentCreateSchema,
      response: { 201: consentSchema },
    }),
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await clients.createConsent(
            await actors.requiredForRecord(request, noSuchClient),
            request.params.id,
            request.body,
          ),
        ),
  );

  app.post(
    '/api/clients/:id/consents/:consentId/withdraw',
    member({
      summary: 'Withdraw a consent (it stays listed, with the date); withdrawing twice → 409',
      params: byConsent,
      body: consentWithdrawSchema.optional(),
      response: { 200: consentSchema },
    }),
    async (request) =>
      clients.withdrawConsent(
        await actors.requiredForRecord(request, noSuchClient),
        request.params.id,
        request.params.consentId,
        request.body?.reason ?? '',
      ),
  );
}
