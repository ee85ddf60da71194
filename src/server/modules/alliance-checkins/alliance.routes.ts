// /api/questionnaires, /api/clients/{id}/check-ins, /api/clients/{id}/alliance, the practice figures
// (/api/alliance/*), visit intervals and the re-booking reminder. A client's routes answer anyone but
// the therapist 404 "No such client".
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  allianceSchema,
  allianceSettingsSchema,
  allianceSettingsUpdateSchema,
  allianceSummarySchema,
  checkInAnswerSchema,
  checkInResultSchema,
  checkInSchema,
  portalCheckInListSchema,
  checkInSendSchema,
  questionnaireDefinitionSchema,
  questionnaireListSchema,
  questionnaireSchema,
  rebookingDraftSchema,
  rebookingSendSchema,
  retentionSchema,
  visitIntervalSchema,
} from '../../../contracts/alliance.ts';
import type { AppContext } from '../../context.ts';
import { memberRouteOptions, portalRouteOptions } from '../../http/route-docs.ts';
import { noSuchClient } from '../clients/clients.service.ts';
import { noSuchCheckIn, type AllianceService } from './alliance.service.ts';

const member = memberRouteOptions(['alliance']);
const byClient = z.object({ id: z.uuid('must be a client id') });
// The client's own forms, in the portal (its own cookie): tagged apart so their access walk is their own.
const client = portalRouteOptions(['portal', 'portal-forms']);
const byCheckIn = z.object({ checkInId: z.uuid('must be a check-in id') });

export function registerAllianceRoutes(
  base: FastifyInstance,
  { actors }: AppContext,
  { alliance }: { alliance: AllianceService },
) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const forRecord = (request: Parameters<typeof actors.requiredForRecord>[0]) =>
    actors.requiredForRecord(request, noSuchClient);

  app.get(
    '/api/questionnaires',
    member({
      summary:
        'Questionnaires: Kneadwork’s own (CC BY 4.0) and the ones this practice loaded, with items, scale, subscales and scoring',
      response: { 200: questionnaireListSchema },
    }),
    async (request) => ({ items: await alliance.questionnaires(await actors.required(request)) }),
  );

  app.post(
    '/api/questionnaires',
    member({
      summary: 'Load a questionnaire definition for this practice (e.g. a licensed instrument); validated',
      body: questionnaireDefinitionSchema,
      response: { 201: questionnaireSchema },
    }),
    async (request, reply) =>
      reply.status(201).send(await alliance.addQuestionnaire(await actors.required(request), request.body)),
  );

  app.post(
    '/api/clients/:id/check-ins',
    member({
      summary: 'Send the client a check-in now (they answer in the portal; the email holds only the link)',
      params: byClient,
      body: checkInSendSchema,
      response: { 201: checkInSchema },
    }),
    async (request, reply) =>
      reply
        .status(201)
        .send(await alliance.send(await forRecord(request), request.params.id, request.body.questionnaire)),
  );

  app.get(
    '/api/clients/:id/alliance',
    member({
      summary:
        'The client’s alliance trend (goal, task, bond, total per check-in), baseline, drop alert, and session feedback',
      params: byClient,
      response: { 200: allianceSchema },
    }),
    async (request) => alliance.alliance(await forRecord(request), request.params.id),
  );

  app.put(
    '/api/clients/:id/visit-interval',
    member({
      summary: 'The days expected between this client’s visits (null: the practice default)',
      params: byClient,
      body: visitIntervalSchema,
      response: { 200: visitIntervalSchema },
    }),
    async (request) => alliance.setVisitInterval(await forRecord(request), request.params.id, request.body.days),
  );

  app.get(
    '/api/clients/:id/rebooking-reminder',
    member({
      summary: 'The re-booking email as it would go, to edit before sending (no clinical text)',
      params: byClient,
      response: { 200: rebookingDraftSchema },
    }),
    async (request) => alliance.rebookingDraft(await forRecord(request), request.params.id),
  );

  app.post(
    '/api/clients/:id/rebooking-reminder',
    member({
      summary: 'Send the (edited) re-booking email to the client; never automatic',
      params: byClient,
      body: rebookingSendSchema,
      response: { 200: z.object({ sentTo: z.string() }) },
    }),
    async (request) => alliance.sendRebooking(await forRecord(request), request.params.id, request.body),
  );

  app.get(
    '/api/alliance/summary',
    member({
      summary: 'Practice figures: forms sent and answered, response rate, median per subscale, clients with a drop',
      response: { 200: allianceSummarySchema },
    }),
    async (request) => alliance.summary(await actors.required(request)),
  );

  app.get(
    '/api/alliance/retention',
    member({
      summary: 'Visit cadence per client from signed sessions against the expected interval; overdue first',
      response: { 200: retentionSchema },
    }),
    async (request) => alliance.retention(await actors.required(request)),
  );

  app.get(
    '/api/alliance/settings',
    member({
      summary: 'Every how many signed sessions a check-in goes out, and the expected visit interval',
      response: { 200: allianceSettingsSchema },
    }),
    async (request) => alliance.settings(await actors.required(request)),
  );

  app.patch(
    '/api/alliance/settings',
    member({
      summary: 'Change the alliance settings',
      body: allianceSettingsUpdateSchema,
      response: { 200: allianceSettingsSchema },
    }),
    async (request) => alliance.updateSettings(await actors.required(request), request.body),
  );

  app.get(
    '/api/portal/check-ins',
    client({
      summary: 'The signed-in client’s forms (feedback and check-ins) across their records, waiting ones first',
      response: { 200: portalCheckInListSchema },
    }),
    async (request) => ({ items: await alliance.portalList(await actors.portal.required(request)) }),
  );

  app.post(
    '/api/portal/check-ins/:checkInId',
    client({
      summary:
        'Answer a form: every item by id (whole numbers on its scale) and the comment; → the scores (alliance: goal, task, bond, total; feedback: comfort, pressure, communication, total)',
      params: byCheckIn,
      body: checkInAnswerSchema,
      response: { 200: checkInResultSchema },
    }),
    async (request) =>
      alliance.answer(
        await actors.portal.requiredForRecord(request, noSuchCheckIn),
        request.params.checkInId,
        request.body,
      ),
  );
}
