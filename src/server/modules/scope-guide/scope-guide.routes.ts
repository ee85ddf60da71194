// Read-only API over the curated guide and glossary; members only, since it assists writing referrals.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  glossaryListSchema,
  glossaryQuerySchema,
  scopeGuideEntrySchema,
  scopeGuideListSchema,
  scopeGuideQuerySchema,
  scopeSourceSchema,
} from '../../../contracts/scope-guide.ts';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../http/errors.ts';
import type { ScopeGuideService } from './scope-guide.service.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';

const member = memberRouteOptions(['scope-guide']);

export function registerScopeGuideRoutes(
  base: FastifyInstance,
  { actors }: AppContext,
  { guide }: { guide: ScopeGuideService },
) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/scope-guide',
    member({
      summary:
        'Presentations and red flags: who to refer to, how urgently, whether to massage, draft reasons (q ranks entries by the words they match in title and signs, and by glossary terms)',
      querystring: scopeGuideQuerySchema,
      response: { 200: scopeGuideListSchema },
    }),
    async (request) => {
      await actors.required(request);
      return guide.suggestions(request.query);
    },
  );

  app.get(
    '/api/scope-guide/:key',
    member({
      summary: 'One guide entry with the sources it cites',
      params: z.object({ key: z.string().max(80) }),
      response: { 200: z.object({ item: scopeGuideEntrySchema, sources: z.array(scopeSourceSchema) }) },
    }),
    async (request) => {
      await actors.required(request);
      const found = guide.find(request.params.key);
      if (!found) throw notFound('No such guide entry');
      return found;
    },
  );

  app.get(
    '/api/glossary',
    member({
      summary:
        'Medical terms with plain-language translations, ranked: exact term or alias, prefix, substring, then plain-text match',
      querystring: glossaryQuerySchema,
      response: { 200: glossaryListSchema },
    }),
    async (request) => {
      await actors.required(request);
      return guide.glossary(request.query);
    },
  );
}
