// /r/<token>: the external recipient's page and its form posts. The token in the path is the
// only credential; a post another site's page makes is refused by the CSRF check in
// http/security.ts (with a page that says so). The page is served no-store, and the referrer
// policy sends other sites only our origin, so the token is not left in caches or their logs.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { referralThanksSchema, referralTransitionSchema } from '../../../contracts/referrals.ts';
import type { AppContext } from '../../context.ts';
import type { MemberServices } from '../index.ts';
import { AppError, toAppError } from '../../http/errors.ts';
import { referralLinks } from './referral-links.service.ts';
import { zonedToUtc } from '../../lib/zoned-time.ts';
import { linkGonePage, referralPage } from './referral-page.ts';
import { defaultZoneFor, isRecipientZone, type RecipientZone } from './recipient-zones.ts';
import { referralTransitionsService } from './referral-transitions.service.ts';
import { referralsRepository, type ReferralRow } from './referrals.repository.ts';
import { referralsService, type ReferralViewer } from './referrals.service.ts';

const tokenParam = z.object({ token: z.string().max(200) });
const pageQuery = z.object({ tz: z.string().max(60).optional() });
const formContentType = 'application/x-www-form-urlencoded';
const localDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

function sendHtml(reply: FastifyReply, status: number, body: string) {
  return reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);
}

/** Form fields to a transition body: empty fields left out, a datetime-local read in the recipient's chosen zone. */
function transitionFrom(form: Record<string, string>, zone: RecipientZone) {
  const body = Object.fromEntries(Object.entries(form).filter(([key, value]) => value.trim() !== '' && ['to', 'reason', 'appointmentAt', 'findings', 'recommendations', 'okToResumeMassage', 'note'].includes(key)));
  if (body.appointmentAt && localDateTime.test(body.appointmentAt)) body.appointmentAt = zonedToUtc(body.appointmentAt, zone)?.toISOString() ?? body.appointmentAt;
  return referralTransitionSchema.parse(body);
}

export function registerReferralPages(app: FastifyInstance, context: AppContext, services: MemberServices) {
  const links = referralLinks(context);
  const repo = referralsRepository(context.db);
  const referrals = referralsService(context, services);
  const transitions = referralTransitionsService(context, services);
  const { publicUrl } = context.config;

  async function open(token: string) {
    const link = await links.resolve(token);
    const row = await repo.findById(link.referralId);
    if (!row) throw new AppError('not_found', 'No such referral');
    const viewer: ReferralViewer = { side: 'recipient', userId: null, label: `external:${link.sentTo}` };
    return { row, viewer };
  }

  /** The zone the recipient chose (kept in the address and in every form), else the referrer's. */
  async function zoneFor(chosen: unknown, row: ReferralRow): Promise<RecipientZone> {
    return isRecipientZone(chosen) ? chosen : defaultZoneFor(await repo.regionOf(row.fromUserId));
  }

  async function show(request: FastifyRequest<{ Params: { token: string } }>, reply: FastifyReply, status = 200, problem?: string, chosenZone?: string) {
    try {
      const { row, viewer } = await open(request.params.token);
      const zone = await zoneFor(chosenZone ?? (request.query as { tz?: unknown } | undefined)?.tz, row);
      return sendHtml(reply, status, referralPage(publicUrl, `/r/${request.params.token}`, await referrals.present(row, viewer), { zone, problem }).toString());
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

    pages.get('/r/:token', { schema: { hide: true, params: tokenParam, querystring: pageQuery } }, async (request, reply) => show(request, reply));

    pages.post('/r/:token', { schema: { hide: true, params: tokenParam, body: z.record(z.string(), z.string()) } }, async (request, reply) => {
      let opened;
      try {
        opened = await open(request.params.token);
      } catch (error) {
        if (error instanceof AppError && error.code === 'not_found') return sendHtml(reply, 404, linkGonePage(publicUrl).toString());
        throw error;
      }
      const zone = await zoneFor(request.body.tz, opened.row);
      try {
        if (request.body.to === 'thanks') await transitions.thank(opened.row, opened.viewer, referralThanksSchema.parse({ message: request.body.message ?? '' }));
        else await transitions.move(opened.row, opened.viewer, transitionFrom(request.body, zone));
      } catch (error) {
        const problem = toAppError(error);
        if (problem.code !== 'validation_failed' && problem.code !== 'conflict') throw error;
        return show(request, reply, problem.code === 'conflict' ? 409 : 400, problem.message, zone);
      }
      // Post/redirect/get: a reload does not post the step again; the chosen zone is kept.
      return reply.status(303).header('location', `/r/${request.params.token}?tz=${encodeURIComponent(zone)}`).header('cache-control', 'no-store').send();
    });
  });
}
