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
  planAgreeSchema,
  planCommentInputSchema,
  planInputSchema,
  planViewSchema,
} from '../../../contracts/treatment-plans.ts';
import type { AppContext } from '../../context.ts';
import { memberRouteOptions, portalRouteOptions } from '../../http/route-docs.ts';
import { noSuchClient } from '../clients/clients.service.ts';
import { noSuchPlan, type TreatmentPlansService } from './treatment-plans.service.ts';

const member = memberRouteOptions(['treatment-plans']);
const byId = z.object({ id: z.uuid('must be a client id') });
const byGoal = byId.extend({ goalId: z.uuid('must be a goal id') });
const client = portalRouteOptions(['portal', 'portal-plans']);
const byRecord = z.object({ clientId: z.uuid('must be a client id') });
const byPlan = z.object({ planId: z.uuid('must be a plan id') });

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

  // The portal: the signed-in client's own goals and plan (another client → 404).
  app.get(
    '/api/portal/records/:clientId/goals',
    client({
      summary: 'My goals with this therapist, in my words, with their scores over time',
      params: byRecord,
      response: { 200: goalListSchema },
    }),
    async (request) => ({
      items: await plans.portalGoals(
        await actors.portal.requiredForRecord(request, noSuchClient),
        request.params.clientId,
      ),
    }),
  );

  app.get(
    '/api/portal/records/:clientId/plan',
    client({
      summary: 'My treatment plan with this therapist: the current version, who agreed, every version, comments',
      params: byRecord,
      response: { 200: planViewSchema },
    }),
    async (request) =>
      plans.portalPlan(await actors.portal.requiredForRecord(request, noSuchClient), request.params.clientId),
  );

  app.post(
    '/api/portal/plans/:planId/agree',
    client({
      summary: 'Agree to the plan version I read (its number in the body); 409 if a newer version replaced it',
      params: byPlan,
      body: planAgreeSchema,
      response: { 200: planViewSchema },
    }),
    async (request) =>
      plans.agree(
        await actors.portal.requiredForRecord(request, noSuchPlan),
        request.params.planId,
        request.body.version,
      ),
  );

  app.post(
    '/api/portal/plans/:planId/comments',
    client({
      summary: 'Comment on the plan for my therapist (sealed; they are told, without the words)',
      params: byPlan,
      body: planCommentInputSchema,
      response: { 201: planViewSchema },
    }),
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await plans.comment(
            await actors.portal.requiredForRecord(request, noSuchPlan),
            request.params.planId,
            request.body.text,
          ),
        ),
  );
}
