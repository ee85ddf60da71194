// /api/letters: drafting, saving and editing letters of introduction. The services are built in
// letters.module.ts; output and delivery routes live in letter-delivery.routes.ts, templates in
// letter-templates.routes.ts.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  letterCreateSchema,
  letterDraftQuerySchema,
  letterDraftRequestSchema,
  letterDraftSchema,
  letterListQuerySchema,
  letterListSchema,
  letterSchema,
  letterUpdateSchema,
} from '../../../contracts/letters.ts';
import type { AppContext } from '../../context.ts';
import { registerLetterDeliveryRoutes } from './letter-delivery.routes.ts';
import { registerLetterTemplateRoutes } from './letter-templates.routes.ts';
import type { LettersServices } from './letters.module.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';

const member = memberRouteOptions(['letters']);
const letterParams = z.object({ id: z.string().max(64).describe('The letter id (uuid)') });

export function registerLetterRoutes(
  base: FastifyInstance,
  { actors }: AppContext,
  { letters, delivery, templates }: LettersServices,
) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  registerLetterTemplateRoutes(app, actors, templates);

  app.get(
    '/api/letters/draft',
    member({
      summary:
        'The letter my template generates for a contact (not saved): the live preview, and talking points for a call or visit. `profession` alone previews with a sample recipient.',
      querystring: letterDraftQuerySchema,
      response: { 200: letterDraftSchema },
    }),
    async (request) => letters.draft(await actors.required(request), request.query),
  );

  app.post(
    '/api/letters/draft',
    member({
      summary: 'The same preview with an edited, unsaved template',
      body: letterDraftRequestSchema,
      response: { 200: letterDraftSchema },
    }),
    async (request) => letters.draft(await actors.required(request), request.body),
  );

  app.get(
    '/api/letters',
    member({
      summary: 'My letters, newest first, with where each delivery stands',
      querystring: letterListQuerySchema,
      response: { 200: letterListSchema },
    }),
    async (request) => letters.list(await actors.required(request), request.query),
  );

  app.post(
    '/api/letters',
    member({
      summary:
        'Write a letter to a contact of mine; what is omitted is generated from the template for their profession (or from `template`, for a mail merge)',
      body: letterCreateSchema,
      response: { 201: letterSchema },
    }),
    async (request, reply) =>
      reply.status(201).send(await letters.create(await actors.required(request), request.body)),
  );

  app.get('/api/letters/:id', member({ params: letterParams, response: { 200: letterSchema } }), async (request) =>
    letters.get(await actors.required(request), request.params.id),
  );

  app.patch(
    '/api/letters/:id',
    member({
      summary: 'Edit a draft (409 once it has gone out)',
      params: letterParams,
      body: letterUpdateSchema,
      response: { 200: letterSchema },
    }),
    async (request) => letters.update(await actors.required(request), request.params.id, request.body),
  );

  app.delete(
    '/api/letters/:id',
    member({
      summary: 'Delete a draft (409 once it has gone out)',
      params: letterParams,
      response: { 204: z.null() },
    }),
    async (request, reply) => {
      await letters.remove(await actors.required(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  registerLetterDeliveryRoutes(app, actors, letters, delivery);
}
