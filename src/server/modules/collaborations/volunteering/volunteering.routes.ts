// /api/volunteer-events: events with shifts, sign-up and withdraw, and each shift's .ics file.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  idParams,
  shiftParams,
  volunteerCreateSchema,
  volunteerEventSchema,
} from '../../../../contracts/collaborations.ts';
import type { Actors } from '../../../http/actor.ts';
import { memberRouteOptions } from '../../../http/route-docs.ts';
import { noSuchEvent } from '../collaborations.policy.ts';
import type { VolunteeringService } from './volunteering.service.ts';

const member = memberRouteOptions(['collaborations']);
const noBody = z.object({}).strict().optional();

export function registerVolunteeringRoutes(base: FastifyInstance, actors: Actors, events: VolunteeringService) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const caller = (request: FastifyRequest) => actors.requiredForRecord(request, noSuchEvent);

  app.post(
    '/api/volunteer-events',
    member({
      summary: 'Post a volunteer event with its shifts (new accounts: a few posts a day)',
      body: volunteerCreateSchema,
      response: { 201: volunteerEventSchema },
    }),
    async (request, reply) => reply.status(201).send(await events.create(await actors.required(request), request.body)),
  );

  app.get(
    '/api/volunteer-events/:id',
    member({
      summary: 'A volunteer event: shifts with seats taken; the organizer sees who signed up',
      params: idParams,
      response: { 200: volunteerEventSchema },
    }),
    async (request) => events.get(await caller(request), request.params.id),
  );

  app.post(
    '/api/volunteer-events/:id/shifts/:shiftId/signup',
    member({
      summary: 'Sign up for a shift (409 when full, started or already signed up; never over capacity)',
      params: shiftParams,
      body: noBody,
      response: { 200: volunteerEventSchema },
    }),
    async (request) => events.signUp(await caller(request), request.params.id, request.params.shiftId),
  );

  app.delete(
    '/api/volunteer-events/:id/shifts/:shiftId/signup',
    member({
      summary: 'Withdraw from a shift, freeing the seat',
      params: shiftParams,
      response: { 200: volunteerEventSchema },
    }),
    async (request) => events.withdraw(await caller(request), request.params.id, request.params.shiftId),
  );

  app.get(
    '/api/volunteer-events/:id/shifts/:shiftId/calendar.ics',
    member({
      summary: 'The shift as an iCalendar file (text/calendar)',
      params: shiftParams,
    }),
    async (request, reply) => {
      const text = await events.calendar(await caller(request), request.params.id, request.params.shiftId);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="volunteer-shift.ics"')
        .header('cache-control', 'private, no-store')
        .send(text);
    },
  );
}
