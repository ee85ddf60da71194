// /api/offers: a member's professional offers, each with its figures, and the certificates issued
// from one. Thin: validate, call the service with the actor, return.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  certificateIssueSchema,
  certificateListSchema,
  certificateSchema,
  offerCreateSchema,
  offerListSchema,
  offerSchema,
  offerUpdateSchema,
} from '../../../contracts/offers.ts';
import type { AppContext } from '../../context.ts';
import type { OffersService } from './offers.service.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';

const member = memberRouteOptions(['offers']);
const idParam = z.object({ id: z.uuid('must be an offer id') });

export function registerOfferRoutes(
  base: FastifyInstance,
  { actors }: AppContext,
  { offers }: { offers: OffersService },
) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/offers',
    member({
      summary: 'My offers, newest first, each with its figures',
      response: { 200: offerListSchema },
    }),
    async (request) => ({
      items: await offers.list(await actors.required(request)),
    }),
  );

  app.post(
    '/api/offers',
    member({
      summary:
        'Create an offer: free-session (minutes, default 30), percent-off (percent 20–50) or free-gift (description)',
      body: offerCreateSchema,
      response: { 201: offerSchema },
    }),
    async (request, reply) => reply.status(201).send(await offers.create(await actors.required(request), request.body)),
  );

  app.get('/api/offers/:id', member({ params: idParam, response: { 200: offerSchema } }), async (request) =>
    offers.get(await actors.required(request), request.params.id),
  );

  app.patch(
    '/api/offers/:id',
    member({
      summary: 'Change an offer, or archive it (archived: true); what certificates print is fixed once one is issued',
      params: idParam,
      body: offerUpdateSchema,
      response: { 200: offerSchema },
    }),
    async (request) => offers.update(await actors.required(request), request.params.id, request.body),
  );

  app.delete(
    '/api/offers/:id',
    member({
      summary: 'Delete an offer nothing was issued from (otherwise 409: archive it)',
      params: idParam,
      response: { 204: z.null() },
    }),
    async (request, reply) => {
      await offers.remove(await actors.required(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/offers/:id/certificates',
    member({
      summary: 'Certificates issued from this offer, newest first',
      params: idParam,
      response: { 200: certificateListSchema },
    }),
    async (request) => ({
      items: await offers.listCertificates(await actors.required(request), request.params.id),
    }),
  );

  app.post(
    '/api/offers/:id/certificates',
    member({
      summary:
        'Issue a certificate to one of my contacts (contactId) or a member (memberSlug); 409 when the offer is full, ended or archived',
      params: idParam,
      body: certificateIssueSchema,
      response: { 201: certificateSchema },
    }),
    async (request, reply) =>
      reply
        .status(201)
        .send(await offers.issueCertificate(await actors.required(request), request.params.id, request.body)),
  );
}
