// One-click unsubscribe without signing in: GET shows a confirmation page, POST (the page's button,
// or a mail client acting on List-Unsubscribe-Post per RFC 8058) turns all notification email off.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { sendHtml } from '../../http/html-reply.ts';
import type { NotificationPreferencesService } from './notification-preferences.service.ts';
import { memberForToken } from './unsubscribe-links.ts';
import { confirmPage, donePage, unknownLinkPage } from './unsubscribe-page.ts';

export function registerUnsubscribeRoutes(
  app: FastifyInstance,
  { db, config }: AppContext,
  preferences: NotificationPreferencesService,
) {
  const tokenOf = (request: { params: unknown }) => String((request.params as { token?: string }).token ?? '');

  // In its own scope so the form body parser (the only one in the app) applies to this route alone.
  return app.register(async (scope) => {
    // The body ("List-Unsubscribe=One-Click") carries nothing we need: the token in the path is the proof.
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 1024 },
      (_request, body, done) => done(null, body),
    );

    scope.get('/unsubscribe/:token', { schema: { hide: true } }, async (request, reply) => {
      const token = tokenOf(request);
      if (!(await memberForToken(db, token))) return sendHtml(reply, 404, unknownLinkPage(config.publicUrl));
      return sendHtml(reply, 200, confirmPage(config.publicUrl, `/unsubscribe/${token}`));
    });

    scope.post('/unsubscribe/:token', { schema: { hide: true } }, async (request, reply) => {
      const userId = await memberForToken(db, tokenOf(request));
      if (!userId) return sendHtml(reply, 404, unknownLinkPage(config.publicUrl));
      await preferences.unsubscribeAll(userId);
      return sendHtml(reply, 200, donePage(config.publicUrl));
    });
  });
}
