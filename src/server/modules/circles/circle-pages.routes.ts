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
import { circlesPage } from './circles-page.ts';
import { fieldErrorsOf, formValues, issuesAsFieldErrors } from './page-form.ts';
import type { CirclesService } from './circles.service.ts';

const formContentType = 'application/x-www-form-urlencoded';
const formFields = new Set(Object.keys(circleQuerySchema.shape).filter((name) => name !== 'mine'));

export function registerCirclePages(
  app: FastifyInstance,
  { config, actors }: AppContext,
  { circles, invitations }: { circles: Pick<CirclesService, 'search'>; invitations: CircleInvitationsService },
) {
  app.get('/circles', { schema: { hide: true } }, async (request, reply) => {
    const values = formValues(request.query, formFields);
    const page = (status: number, outcome: Parameters<typeof circlesPage>[2]) =>
      sendHtml(reply, status, circlesPage(config.publicUrl, values, outcome), {
        cacheControl: status === 200 ? 'public, max-age=60' : 'no-store',
      });
    const parsed = circleQuerySchema.safeParse(values);
    if (!parsed.success) return page(400, { errors: issuesAsFieldErrors(parsed.error.issues, 'q') });
    try {
      // Searched as nobody: the page is the same for everyone, so no secret circle can be on it.
      return page(200, { list: await circles.search(null, parsed.data) });
    } catch (error) {
      const errors = fieldErrorsOf(error, 'q');
      if (errors) return page(400, { errors });
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
