// /portal/link/{token}: where the invitation and sign-in emails lead. Opening the address shows a
// button and uses nothing, so a mail scanner that fetches links cannot spend a single-use link; the
// button's POST (plain HTML, no JavaScript) uses it, sets the portal cookie and goes to /portal.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../http/errors.ts';
import { sendHtml } from '../../http/html-reply.ts';
import { layout } from '../../http/page-layout.ts';
import { appPaths } from '../../../contracts/app-paths.ts';
import { html } from '../../lib/html.ts';
import type { PortalAuthService } from './portal-auth.service.ts';
import { portalCookie } from './portal.routes.ts';

const tokenParam = z.object({ token: z.string().max(200) });

const page = (publicUrl: string, title: string, body: ReturnType<typeof html>) =>
  layout(
    {
      title: `${title} | Kneadwork`,
      description: 'Your private client portal.',
      canonical: `${publicUrl}/portal`,
      noindex: true,
      head: html``,
    },
    body,
  );

const openPage = (publicUrl: string, action: string) =>
  page(
    publicUrl,
    'Open your portal',
    html`<h1>Your private client portal</h1><p>This link signs you in once. On a shared computer, sign out when you are done; the portal also signs you out after a while without activity.</p><form method="post" action="${action}"><p><button type="submit">Open my portal</button></p></form>`,
  );

const gonePage = (publicUrl: string) =>
  page(
    publicUrl,
    'This link no longer works',
    html`<h1>This link no longer works</h1><p>It was already used, or it expired. Sign-in links work once, for 15 minutes; invitations for 72 hours.</p><p><a href="${appPaths.portalSignIn}">Ask for a new sign-in link</a></p>`,
  );

export function registerPortalLinkPages(app: FastifyInstance, { config }: AppContext, auth: PortalAuthService) {
  const cookie = portalCookie(config);
  void app.register(async (scope) => {
    const pages = scope.withTypeProvider<ZodTypeProvider>();
    // The button's form carries no fields; its body is read and ignored.
    if (!scope.hasContentTypeParser('application/x-www-form-urlencoded'))
      scope.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: 1024 },
        (_request, _body, done) => done(null, {}),
      );
    pages.get('/portal/link/:token', { schema: { hide: true, params: tokenParam } }, async (request, reply) =>
      (await auth.isLinkUsable(request.params.token))
        ? sendHtml(reply, 200, openPage(config.publicUrl, `/portal/link/${request.params.token}`))
        : sendHtml(reply, 404, gonePage(config.publicUrl)),
    );
    pages.post('/portal/link/:token', { schema: { hide: true, params: tokenParam } }, async (request, reply) => {
      try {
        cookie.set(reply, (await auth.useLink(request.params.token)).sessionToken);
      } catch (error) {
        if (error instanceof AppError && error.code === 'not_found')
          return sendHtml(reply, 404, gonePage(config.publicUrl));
        throw error;
      }
      return reply.status(303).header('location', appPaths.portal).header('cache-control', 'no-store').send();
    });
  });
}
