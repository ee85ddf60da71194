// /api/trades: treatment trades between members, their transitions, notes and the minutes
// ledger. Thin: validate, call the service with the actor, return.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ledgerSchema,
  tradeListSchema,
  tradeNotesSchema,
  tradeProposeSchema,
  tradeSchema,
  tradeTransitionSchema,
} from '../../../contracts/trades.ts';
import type { Actors } from '../../http/actor.ts';
import type { TradeTransitionsService } from './trade-transitions.service.ts';
import { noSuchTrade, type TradesService } from './trades.service.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';

const member = memberRouteOptions(['trades']);
const idParam = z.object({ id: z.uuid('must be a trade id') });

export function registerTradeRoutes(
  base: FastifyInstance,
  actors: Actors,
  { trades, transitions }: { trades: TradesService; transitions: TradeTransitionsService },
) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/trades',
    member({
      summary: 'My trades, proposed by me or to me, most recently changed first',
      response: { 200: tradeListSchema },
    }),
    async (request) => ({
      items: await trades.list(await actors.required(request)),
    }),
  );

  app.post(
    '/api/trades',
    member({
      summary: 'Propose a trade to a visible member: what I give and what I receive (15–180 minutes each)',
      body: tradeProposeSchema,
      response: { 201: tradeSchema },
    }),
    async (request, reply) =>
      reply.status(201).send(await trades.propose(await actors.required(request), request.body)),
  );

  // Registered before /api/trades/:id so "ledger" is never read as an id.
  app.get(
    '/api/trades/ledger',
    member({
      summary: 'Minutes per partner: balance (positive: they owe me) and the completed sessions behind it',
      response: { 200: ledgerSchema },
    }),
    async (request) => trades.ledger(await actors.required(request)),
  );

  app.get(
    '/api/trades/:id',
    member({
      summary: 'One trade with its sessions, my notes and the feedback shared with me',
      params: idParam,
      response: { 200: tradeSchema },
    }),
    async (request) => trades.get(await actors.requiredForRecord(request, noSuchTrade), request.params.id),
  );

  app.post(
    '/api/trades/:id/transitions',
    member({
      summary:
        'accepted | declined | countered (new give/receive) by the member whose turn it is; cancelled (reason) by either side; scheduled (session: mine | theirs | provider slug, startsAt, location) emails both an invite; completed (session) once by each side; no-show (session) against the other side. 409 when impossible.',
      params: idParam,
      body: tradeTransitionSchema,
      response: { 200: tradeSchema },
    }),
    async (request) =>
      transitions.transition(await actors.requiredForRecord(request, noSuchTrade), request.params.id, request.body),
  );

  app.post(
    '/api/trades/:id/notes',
    member({
      summary: 'After a completed session: my private note (only I see it) and feedback shared with my partner',
      params: idParam,
      body: tradeNotesSchema,
      response: { 200: tradeSchema },
    }),
    async (request) =>
      trades.saveNotes(await actors.requiredForRecord(request, noSuchTrade), request.params.id, request.body),
  );
}
