// The public board's pages (opportunity-pages.ts). They answer HTML in every case — 404 and bad
// input too — because a browser, not a script, is reading. Only listed posts are shown: closed,
// archived, expired and hidden ones are the same 404 as a missing one.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { opportunityQuerySchema } from '../../../contracts/opportunities.ts';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../http/errors.ts';
import { sendHtml } from '../../http/html-reply.ts';
import type { OpportunitiesService } from './opportunities.service.ts';
import {
  alertsConfirmPage,
  alertsDonePage,
  alertsUnknownPage,
  boardPage,
  postNotFoundPage,
  postPage,
  type FieldError,
  type FormValues,
} from './opportunity-pages.ts';
import type { SavedSearchesService } from './saved-searches.service.ts';

const formFields = ['near', 'radius', 'kind', 'remote', 'page'];
const publicQuery = opportunityQuerySchema.pick({ near: true, radius: true, kind: true, remote: true, page: true });
const uuid = z.uuid();
const shared = { cacheControl: 'public, max-age=60' };

function formValues(query: unknown): FormValues {
  const values: FormValues = {};
  for (const [name, raw] of Object.entries(query as Record<string, string | string[]>)) {
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (formFields.includes(name) && typeof value === 'string' && value.trim() !== '') values[name] = value;
  }
  return values;
}

const plain = (issue: { code: string; message: string }) =>
  issue.code === 'invalid_type'
    ? 'must be a number'
    : issue.code === 'invalid_value'
      ? 'is not one of the choices'
      : issue.message;

export function registerOpportunityPages(
  app: FastifyInstance,
  { config }: AppContext,
  { board, savedSearches }: { board: OpportunitiesService; savedSearches: SavedSearchesService },
) {
  app.get('/opportunities', { schema: { hide: true } }, async (request, reply) => {
    const values = formValues(request.query);
    const parsed = publicQuery.safeParse(values);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => ({
        field: String(issue.path[0] ?? 'near'),
        message: plain(issue),
      }));
      return sendHtml(reply, 400, boardPage(config.publicUrl, values, { errors }));
    }
    try {
      const result = await board.search(null, { ...parsed.data, unit: 'mi', pageSize: 20 });
      return sendHtml(reply, 200, boardPage(config.publicUrl, values, { result }), shared);
    } catch (error) {
      if (error instanceof AppError && error.code === 'validation_failed')
        return sendHtml(reply, 400, boardPage(config.publicUrl, values, { errors: error.details as FieldError[] }));
      throw error;
    }
  });

  app.get('/opportunities/:id', { schema: { hide: true } }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const post = uuid.safeParse(id).success ? await board.findListed(id) : null;
    if (!post) return sendHtml(reply, 404, postNotFoundPage(config.publicUrl));
    return sendHtml(reply, 200, postPage(config.publicUrl, post), shared);
  });

  // An alert's unsubscribe link: GET confirms (mail scanners follow links), POST (the button, or a
  // mail client's one-click) deletes the saved search. In its own scope for the form body parser.
  return app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 1024 },
      (_request, body, done) => done(null, body),
    );
    const target = (request: { params: unknown }) => request.params as { id: string; key: string };
    scope.get('/opportunities/alerts/:id/:key', { schema: { hide: true } }, async (request, reply) => {
      const { id, key } = target(request);
      if (!(await savedSearches.unsubscribable(id, key)))
        return sendHtml(reply, 404, alertsUnknownPage(config.publicUrl));
      return sendHtml(reply, 200, alertsConfirmPage(config.publicUrl, `/opportunities/alerts/${id}/${key}`));
    });
    scope.post('/opportunities/alerts/:id/:key', { schema: { hide: true } }, async (request, reply) => {
      const { id, key } = target(request);
      if (!(await savedSearches.unsubscribe(id, key))) return sendHtml(reply, 404, alertsUnknownPage(config.publicUrl));
      return sendHtml(reply, 200, alertsDonePage(config.publicUrl));
    });
  });
}
