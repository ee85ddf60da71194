// /api/intake/definition: the practice's intake form (its own copy, or the shipped default).
// /api/clients/{id}/intake and /flags: a client's intake and the flags it raises, for their therapist;
// anyone else gets the clients module's 404. /api/portal/records/{clientId}/intake: the client's own.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  intakeDefinitionInputSchema,
  intakeDefinitionSchema,
  intakeFlagsSchema,
  intakeSubmitSchema,
  intakeViewSchema,
} from '../../../contracts/intake.ts';
import type { AppContext } from '../../context.ts';
import { memberRouteOptions, portalRouteOptions } from '../../http/route-docs.ts';
import { noSuchClient } from '../clients/clients.service.ts';
import type { IntakeService } from './intake.service.ts';

const member = memberRouteOptions(['intake']);
const byId = z.object({ id: z.uuid('must be a client id') });
const client = portalRouteOptions(['portal', 'portal-intake']);
const byRecord = z.object({ clientId: z.uuid('must be a client id') });

export function registerIntakeRoutes(
  base: FastifyInstance,
  { actors }: AppContext,
  { intake }: { intake: IntakeService },
) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/intake/definition',
    member({
      summary: 'The practice’s intake form: its own latest copy, or Kneadwork’s default massage intake',
      response: { 200: intakeDefinitionSchema },
    }),
    async (request) => intake.definition(await actors.required(request)),
  );

  app.put(
    '/api/intake/definition',
    member({
      summary: 'Save the practice’s own copy of the intake form (a new version; old answers keep theirs)',
      body: intakeDefinitionInputSchema,
      response: { 200: intakeDefinitionSchema },
    }),
    async (request) => intake.saveDefinition(await actors.required(request), request.body),
  );

  app.get(
    '/api/clients/:id/intake',
    member({
      summary: 'The client’s latest intake answers, the form they answer, the flags raised and every version',
      params: byId,
      response: { 200: intakeViewSchema },
    }),
    async (request) => intake.get(await actors.requiredForRecord(request, noSuchClient), request.params.id),
  );

  app.put(
    '/api/clients/:id/intake',
    member({
      summary: 'Fill in or update the client’s intake (a new version); answers are checked against the form',
      params: byId,
      body: intakeSubmitSchema,
      response: { 200: intakeViewSchema },
    }),
    async (request) =>
      intake.put(await actors.requiredForRecord(request, noSuchClient), request.params.id, request.body),
  );

  app.get(
    '/api/clients/:id/flags',
    member({
      summary: 'The flags the client’s latest intake raises, each with its scope-of-practice guide entry',
      params: byId,
      response: { 200: intakeFlagsSchema },
    }),
    async (request) => ({
      items: await intake.flags(await actors.requiredForRecord(request, noSuchClient), request.params.id),
    }),
  );

  // The portal: the signed-in client's own intake with one therapist (another client → 404).
  app.get(
    '/api/portal/records/:clientId/intake',
    client({
      summary: 'My intake with this therapist: the form, my latest answers and every version',
      params: byRecord,
      response: { 200: intakeViewSchema },
    }),
    async (request) =>
      intake.portalGet(await actors.portal.requiredForRecord(request, noSuchClient), request.params.clientId),
  );

  app.put(
    '/api/portal/records/:clientId/intake',
    client({
      summary: 'Fill in or update my intake (a new version); my therapist is told, without my answers',
      params: byRecord,
      body: intakeSubmitSchema,
      response: { 200: intakeViewSchema },
    }),
    async (request) =>
      intake.portalPut(
        await actors.portal.requiredForRecord(request, noSuchClient),
        request.params.clientId,
        request.body,
      ),
  );
}
