// /api/clients/{id}/goals and /plan: goals in the client's words with their measures, and the plan
// made together, for the therapist who keeps the record; anyone else gets the clients module's 404.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  goalCreateSchema,
  goalListSchema,
  goalSchema,
  measureInputSchema,
  planInputSchema,
  planViewSchema,
} from '../../../contracts/treatment-plans.ts';
import type { AppContext } from '../../context.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';
import { noSuchClient } from '../clients/clients.service.ts';
import type { TreatmentPlansService } from './treatment-plans.service.ts';

const member = memberRouteOptions(['treatment-plans']);
const byId = z.object({ id: z.uuid('must be a client id') });
const byGoal = byId.extend({ goalId: z.uuid('must be a goal id') });

export function registerTreatmentPlanRoutes(
  base: FastifyInstance,
  { actors }: AppContext,
  { plans }: { plans: TreatmentPlansService },
) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/clients/:id/goals',
    member({
      summary: 'The client’s goals in their words, each with its measures over time (PSFS, pain, PEG, range of motion)',
      params: byId,
      response: { 200: goalListSchema },
    }),
    async (request) => ({
      items: await plans.goals(await actors.requiredForRecord(request, noSuchClient), request.params.id),
    }),
  );

  app.post(
    '/api/clients/:id/goals',
    member({
      summary:
        'Add a goal in the client’s words: PSFS activities (up to 5), PEG, range of motion; optionally a baseline',
      params: byId,
      body: goalCreateSchema,
      response: { 201: goalSchema },
    }),
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await plans.addGoal(await actors.requiredForRecord(request, noSuchClient), request.params.id, request.body),
        ),
  );

  app.post(
    '/api/clients/:id/goals/:goalId/measures',
    member({
      summary: 'Record a new measurement of a goal (PSFS items in the order of its activities; scores are means)',
      params: byGoal,
      body: measureInputSchema,
      response: { 201: goalSchema },
    }),
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await plans.recordMeasures(
            await actors.requiredForRecord(request, noSuchClient),
            request.params.id,
            request.params.goalId,
            request.body,
          ),
        ),
  );

  app.get(
    '/api/clients/:id/plan',
    member({
      summary: 'The client’s treatment plan: the current version, its agreement by both sides, every version, comments',
      params: byId,
      response: { 200: planViewSchema },
    }),
    async (request) => plans.plan(await actors.requiredForRecord(request, noSuchClient), request.params.id),
  );

  app.post(
    '/api/clients/:id/plan',
    member({
      summary: 'Save a new version of the plan (the therapist’s agreement to it); the client is asked to agree again',
      params: byId,
      body: planInputSchema,
      response: { 201: planViewSchema },
    }),
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await plans.savePlan(await actors.requiredForRecord(request, noSuchClient), request.params.id, request.body),
        ),
  );
}
