// /api/clients/{id}/export, /export.pdf and DELETE /api/clients/{id} (with /deletion, what a delete
// would do now): the therapist's side of a client's end of life. 404 to anyone else, as every
// client route.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clientExportSchema, deletionPlanSchema, portalExportSchema } from '../../../contracts/client-lifecycle.ts';
import type { AppContext } from '../../context.ts';
import { memberRouteOptions, portalRouteOptions } from '../../http/route-docs.ts';
import { noSuchClient } from './clients.policy.ts';
import type { ClientsService } from './clients.service.ts';

const member = memberRouteOptions(['clients']);
const byId = z.object({ id: z.uuid('must be a client id') });
const client = portalRouteOptions(['portal']);
const byClient = z.object({ clientId: z.uuid('must be a client id') });

export function registerClientLifecycleRoutes(
  base: FastifyInstance,
  { actors }: AppContext,
  { clients }: { clients: ClientsService },
) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { lifecycle } = clients;

  app.get(
    '/api/clients/:id/export',
    member({
      summary:
        'The client’s whole record as JSON: the record, consents, the access log and every other part (intake, plans, sessions, check-ins); written to the access log',
      params: byId,
      response: { 200: clientExportSchema },
    }),
    async (request, reply) => {
      const record = await lifecycle.exportFor(
        await actors.requiredForRecord(request, noSuchClient),
        request.params.id,
        'JSON',
      );
      return reply
        .header('content-disposition', `attachment; filename="client-record-${record.exportedAt.slice(0, 10)}.json"`)
        .header('cache-control', 'private, no-store')
        .send(record);
    },
  );

  app.get(
    '/api/clients/:id/export.pdf',
    member({
      summary: 'The client’s whole record as a readable PDF (dates in my time zone); written to the access log',
      params: byId,
    }),
    async (request, reply) => {
      const file = await lifecycle.pdfFor(await actors.requiredForRecord(request, noSuchClient), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    },
  );

  app.get(
    '/api/clients/:id/deletion',
    member({
      summary:
        'What deleting this client would do now: destroyed at once, or (signed notes) hidden and kept until the end of the retention period',
      params: byId,
      response: { 200: deletionPlanSchema },
    }),
    async (request) => lifecycle.planDeletion(await actors.requiredForRecord(request, noSuchClient), request.params.id),
  );

  app.delete(
    '/api/clients/:id',
    member({
      summary:
        'Delete the client: destroyed at once with their key (crypto-shredding), or — when the record must be kept (signed notes) — hidden and locked now and destroyed after the retention period',
      params: byId,
      response: { 200: deletionPlanSchema },
    }),
    async (request) => lifecycle.delete(await actors.requiredForRecord(request, noSuchClient), request.params.id),
  );

  // The client's side, in their portal: only their own records; another's is 404 as a missing one.
  app.get(
    '/api/portal/export',
    client({
      summary: 'All my records as JSON, one per therapist who keeps one (each written to that record’s access log)',
      response: { 200: portalExportSchema },
    }),
    async (request, reply) => {
      const all = await lifecycle.portalExport(await actors.portal.required(request));
      return reply
        .header('content-disposition', `attachment; filename="my-records-${all.exportedAt.slice(0, 10)}.json"`)
        .header('cache-control', 'private, no-store')
        .send(all);
    },
  );

  app.get(
    '/api/portal/records/:clientId/export.pdf',
    client({
      summary: 'One of my records as a readable PDF (written to its access log)',
      params: byClient,
    }),
    async (request, reply) => {
      const file = await lifecycle.portalPdf(
        await actors.portal.requiredForRecord(request, noSuchClient),
        request.params.clientId,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    },
  );
}
