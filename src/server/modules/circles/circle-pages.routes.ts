// The server-rendered circle pages: /circles (find circles; the same for everyone, secret ones never
// shown) and /circles/join/<token> (an invitation). They answer HTML in every case — bad input
// and unknown tokens included — because a browser, not a script, is reading.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { appPaths } from '../../../contracts/app-paths.ts';
import { circleQuerySchema } from '../../../contracts/circles.ts';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../http/errors.ts';
import { sendHtml } from '../../http/html-reply.ts';
import type { CircleInvitationsService } from './circle-invitations.service.ts';
import { invitationGonePage, joinPage } from './circle-join-page.ts';
import { circlesPage, type FieldError, type FormValues } from './circles-page.ts';
import type { CirclesService } from './circles.service.ts';

const formContentType = 'application/x-www-form-urlencoded';
const formFields = new Set(Object.keys(circleQuerySchema.shape).filter((name) => name !== 'mine'));

/** The form's fields as typed: empty ones dropped (a GET form sends every field), repeated ones made single. */
function formValues(query: unknown): FormValues {
  const values: FormValues = {};
  for (const [name, raw] of Object.entries((query ?? {}) as Record<string, string | string[]>)) {
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (formFields.has(name) && typeof value === 'string' && value.trim() !== '') values[name] = value;
  }
  return values;
}

// zod's generic words are for developers; the contract's own messages are already plain.
const plainMessage = (issue: { code: string; message: string }) =>
  issue.code === 'invalid_type'
    ? 'must be a number'
    : issue.code === 'invalid_value'
      ? 'is not one of the choices'
      : issue.message;

const fieldErrors = (error: AppError): FieldError[] =>
  Array.isArray(error.details) ? (error.details as FieldError[]) : [{ field: 'q', message: error.message }];

export function registerCirclePages(
  app: FastifyInstance,
  { config, actors }: AppContext,
  { circles, invitations }: { circles: Pick<CirclesService, 'search'>; invitations: CircleInvitationsService },
) {
  app.get('/circles', { schema: { hide: true } }, async (request, reply) => {
    const values = formValues(request.query);
    const page = (status: number, outcome: Parameters<typeof circlesPage>[2]) =>
      sendHtml(reply, status, circlesPage(config.publicUrl, values, outcome), {
        cacheControl: status === 200 ? 'public, max-age=60' : 'no-store',
      });
    const parsed = circleQuerySchema.safeParse(values);
    if (!parsed.success)
      return page(400, {
        errors: parsed.error.issues.map((issue) => ({
          field: String(issue.path[0] ?? 'q'),
          message: plainMessage(issue),
        })),
      });
    try {
      // Searched as nobody: the page is the same for everyone, so no secret circle can be on it.
      return page(200, { list: await circles.search(null, parsed.data) });
    } catch (error) {
      if (error instanceof AppError && error.code === 'validation_failed')
        return page(400, { errors: fieldErrors(error) });
      throw error;
    }
  });

  const tokenOf = (request: FastifyRequest) => (request.params as { token: string }).token;
  const gone = (reply: FastifyReply) => sendHtml(reply, 404, invitationGonePage(config.publicUrl));

  async function showInvitation(request: FastifyRequest, reply: FastifyReply, status: number, problem?: string) {
    const holder = await invitations.holderOf(tokenOf(request)).catch(() => null);
    if (!holder) return gone(reply);
    const circle = await invitations.preview(holder);
    const signedIn = (await actors.optional(request)) !== null;
    return sendHtml(reply, status, joinPage(config.publicUrl, circle, { signedIn, action: request.url, problem }));
  }

  app.get('/circles/join/:token', { schema: { hide: true } }, (request, reply) => showInvitation(request, reply, 200));

  // In its own scope so the form body parser applies to this route alone; the form carries nothing
  // we read: the token in the address is the invitation.
  return app.register(async (scope) => {
    scope.addContentTypeParser(formContentType, { parseAs: 'string', bodyLimit: 1024 }, (_request, body, done) =>
      done(null, body),
    );
    scope.post('/circles/join/:token', { schema: { hide: true } }, async (request, reply) => {
      const actor = await actors.optional(request);
      if (!actor) return showInvitation(request, reply, 401, 'Sign in first, then join.');
      try {
        const circle = await invitations.accept(actor, tokenOf(request));
        return reply.redirect(appPaths.circle(circle.id), 303);
      } catch (error) {
        if (error instanceof AppError && error.code === 'not_found') return gone(reply);
        if (error instanceof AppError && error.code === 'conflict')
          return showInvitation(request, reply, 409, error.message);
        throw error;
      }
    });
  });
}
