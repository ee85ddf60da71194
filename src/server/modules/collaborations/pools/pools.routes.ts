// /api/pools: group purchasing pools, pledges, the organizer's cancel and order sheet. Thin:
// validate, call the service with the actor, return.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  pledgeSchema,
  poolCreateSchema,
  poolListQuerySchema,
  poolListSchema,
  poolSchema,
} from '../../../../contracts/pools.ts';
import type { Actors } from '../../../http/actor.ts';
import { memberRouteOptions } from '../../../http/route-docs.ts';
import type { PoolClosing } from './pool-closing.ts';
import { orderSheetCsv, orderSheetPdf, sheetFileName, type OrderSheet } from './pool-order-sheet.ts';
import type { PoolPledgesService } from './pool-pledges.service.ts';
import { noSuchPool, type PoolsService } from './pools.service.ts';

const member = memberRouteOptions(['pools']);
const idParam = z.object({ id: z.uuid('must be a pool id') });

type Services = { pools: PoolsService; pledges: PoolPledgesService; closing: PoolClosing };

export function registerPoolRoutes(base: FastifyInstance, actors: Actors, { pools, pledges, closing }: Services) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const forPool = (request: Parameters<Actors['required']>[0]) => actors.requiredForRecord(request, noSuchPool);

  app.get(
    '/api/pools',
    member({
      summary: 'Open pools (scope=open, the soonest deadline first) or the pools I organize or pledged to (scope=mine)',
      querystring: poolListQuerySchema,
      response: { 200: poolListSchema },
    }),
    async (request) => pools.list(await actors.required(request), request.query),
  );

  app.post(
    '/api/pools',
    member({
      summary:
        'Start a pool: item, supplier, unit price (cents), up to 5 tiers (rising minimums, falling prices below the unit price), the minimum to go ahead, the deadline. 429 past the new-account daily post limit.',
      body: poolCreateSchema,
      response: { 201: poolSchema },
    }),
    async (request, reply) => reply.status(201).send(await pools.create(await actors.required(request), request.body)),
  );

  app.get(
    '/api/pools/:id',
    member({
      summary: 'One pool: its total, the tier reached and the unit price everyone pays, its status and my pledge',
      params: idParam,
      response: { 200: poolSchema },
    }),
    async (request) => pools.get(await forPool(request), request.params.id),
  );

  app.post(
    '/api/pools/:id/pledges',
    member({
      summary:
        'Create or change my pledge (quantity 0 withdraws). Lowering or withdrawing: until 48 h before the deadline (409 pledge_locked); raising: until the deadline; 409 pool_closed after.',
      params: idParam,
      body: pledgeSchema,
      response: { 200: poolSchema },
    }),
    async (request) => pledges.pledge(await forPool(request), request.params.id, request.body.quantity),
  );

  app.delete(
    '/api/pools/:id/pledges',
    member({
      summary: 'Withdraw my pledge (the same rules as quantity 0)',
      params: idParam,
      response: { 200: poolSchema },
    }),
    async (request) => pledges.pledge(await forPool(request), request.params.id, 0),
  );

  app.post(
    '/api/pools/:id/cancel',
    member({
      summary: 'The organizer cancels an open pool before its deadline; pledgers are told nothing is owed',
      params: idParam,
      response: { 200: poolSchema },
    }),
    async (request) => closing.cancel(await forPool(request), request.params.id),
  );

  // The same sheet in two formats, as downloads (never cached: it is who owes what).
  const sheetRoute = (
    format: 'csv' | 'pdf',
    summary: string,
    render: (sheet: OrderSheet, organizer: string) => Promise<string | Buffer>,
  ) =>
    app.get(`/api/pools/:id/order-sheet.${format}`, member({ summary, params: idParam }), async (request, reply) => {
      const actor = await forPool(request);
      const sheet = await pools.orderSheet(actor, request.params.id);
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/pdf')
        .header('content-disposition', `attachment; filename="${sheetFileName(sheet, format)}"`)
        .header('cache-control', 'private, no-store')
        .send(await render(sheet, actor.name));
    });
  sheetRoute(
    'csv',
    "The organizer's order sheet as CSV: each pledger, quantity, unit price, what they owe; totals",
    (sheet) => Promise.resolve(orderSheetCsv(sheet)),
  );
  sheetRoute('pdf', "The organizer's order sheet as PDF (the same lines and totals as the CSV)", orderSheetPdf);
}
