// /api/letters/templates: the member's letter templates, one per recipient profession.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  letterTemplateInputSchema,
  letterTemplateListSchema,
  letterTemplateSchema,
} from '../../../contracts/letters.ts';
import { keysOf, professions } from '../../../contracts/taxonomy.ts';
import type { Actors } from '../../http/actor.ts';
import type { LetterTemplatesService } from './letter-templates.service.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';

const member = memberRouteOptions(['letters']);
const params = z.object({ profession: z.enum(keysOf(professions)) });

export function registerLetterTemplateRoutes(base: FastifyInstance, actors: Actors, templates: LetterTemplatesService) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/letters/templates',
    member({
      summary: 'My letter template for every recipient profession, and the placeholders a template may use',
      response: { 200: letterTemplateListSchema },
    }),
    async (request) => templates.list(await actors.required(request)),
  );

  app.put(
    '/api/letters/templates/:profession',
    member({
      summary:
        'Rewrite the template for a recipient profession ({{placeholder}}s, [[optional blocks]]; an unknown placeholder is 400)',
      params,
      body: letterTemplateInputSchema,
      response: { 200: letterTemplateSchema },
    }),
    async (request) => templates.save(await actors.required(request), request.params.profession, request.body),
  );

  app.delete(
    '/api/letters/templates/:profession',
    member({
      summary: 'Restore the default template for a recipient profession',
      params,
      response: { 200: letterTemplateSchema },
    }),
    async (request) => templates.restoreDefault(await actors.required(request), request.params.profession),
  );
}
