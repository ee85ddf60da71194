// /r/<token>: the external recipient's page and its form posts. The token in the path is the
// only credential; a post another site's page makes is refused by the CSRF check in
// http/security.ts (with a page that says so). The page is served no-store, and the referrer
// policy sends other sites only our origin, so the token is not left in caches or their logs.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { referralThanksSchema, referralTransitionSchema } from '../../../contracts/referrals.ts';
import type { AppContext } from '../../context.ts';
import { AppError, toAppError } from '../../http/errors.ts';
import { referralLinks } from './referral-links.service.ts';
import { linkGonePage, referralPage } from './referral-page.ts';
import { referralTransitionsService } from './referral-transitions.service.ts';
import { referralsRepository } from './referrals.repository.ts';
import { referralsService, type ReferralViewer } from './referrals.service.ts';

const tokenParam = z.object({ token: z.string().max(200) });
const formContentType = 'application/x-www-form-urlencoded';
const localDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

function sendHtml(reply: FastifyReply, status: number, body: string) {
  return reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);
}

/** Form fields to a transition body: empty fields left out, a datetime-local taken as UTC. */
function transitionFrom(form: Record<string, string>) {
  const body = Object.fromEntries(Object.entries(form).filter(([key, value]) => value.trim() !== '' && ['to', 'reason', 'appointmentAt', 'findings', 'recommendations', 'okToResumeMassage', 'note'].includes(key)));
  if (body.appointmentAt && localDateTime.test(body.appointmentAt)) body.appointmentAt = `${body.appointmentAt.length === 16 ? `${body.appointmentAt}:00` : body.appointmentAt}Z`;
  return referralTransitionSchema.parse(body);
}

export function registerReferralPages(app: FastifyInstance, context: AppContext) {
  const links = referralLinks(context);
  const repo = referralsRepository(context.db);
  const referrals = referralsService(context);
  const transitions = referralTransitionsService(context);
  const { publicUrl } = context.config;

  async function open(token: string) {
    const link = await links.resolve(token);
    const row = await repo.findById(link.referralId);
    if (!row) throw new AppError('not_found', 'No such referral');
    const viewer: ReferralViewer = { side: 'recipient', userId: null, label: `external:${link.sentTo}` };
    return { row, viewer };
  }

  async function show(request: FastifyRequest<{ Params: { token: string } }>, reply: FastifyReply, status = 200, problem?: string) {
    try {
      const { row, viewer } = await open(request.params.token);
      return sendHtml(reply, status, referralPage(publicUrl, `/r/${request.params.token}`, await referrals.present(row, viewer), problem).toString());
    } catch (error) {
      if (error instanceof AppError && error.code === 'not_found') return sendHtml(reply, 404, linkGonePage(publicUrl).toString());
      throw error;
    }
  }

  void app.register(async (scope) => {
    const pages = scope.withTypeProvider<ZodTypeProvider>();
    if (!scope.hasContentTypeParser(formContentType)) {
      scope.addContentTypeParser(formContentType, { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(body as string)));
      });
    }

    pages.get('/r/:token', { schema: { hide: true, params: tokenParam } }, async (request, reply) => show(request, reply));

    pages.post('/r/:token', { schema: { hide: true, params: tokenParam, body: z.record(z.string(), z.string()) } }, async (request, reply) => {
      let opened;
      try {
        opened = await open(request.params.token);
      } catch (error) {
        if (error instanceof AppError && error.code === 'not_found') return sendHtml(reply, 404, linkGonePage(publicUrl).toString());
        throw error;
      }
      try {
        if (request.body.to === 'thanks') await transitions.thank(opened.row, opened.viewer, referralThanksSchema.parse({ message: request.body.message ?? '' }));
        else await transitions.move(opened.row, opened.viewer, transitionFrom(request.body));
      } catch (error) {
        const problem = toAppError(error);
        if (problem.code !== 'validation_failed' && problem.code !== 'conflict') throw error;
        return show(request, reply, problem.code === 'conflict' ? 409 : 400, problem.message);
      }
      // Post/redirect/get: a reload does not post the step again.
      return reply.status(303).header('location', `/r/${request.params.token}`).header('cache-control', 'no-store').send();
    });
  });
}
