// /r/<token>: the external recipient's page and its form posts. The token in the path is the
// only credential: referral-links.service turns it into the link holder the referrals policy
// checks. A post another site's page makes is refused by the CSRF check in
// http/security.ts (with a page that says so). The page is served no-store, and the referrer
// policy sends other sites only our origin, so the token is not left in caches or their logs.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { referralThanksSchema, referralTransitionSchema } from '../../../contracts/referrals.ts';
import type { AppContext } from '../../context.ts';
import { AppError, toAppError } from '../../http/errors.ts';
import { sendHtml } from '../../http/html-reply.ts';
import { zonedToUtc } from '../../lib/zoned-time.ts';
import { linkGonePage, referralPage } from './referral-page.ts';
import type { RecipientZone } from './recipient-zones.ts';
import type { ReferralsServices } from './referrals.module.ts';
import type { ReferralLinkHolder } from './referrals.policy.ts';

const tokenParam = z.object({ token: z.string().max(200) });
const pageQuery = z.object({ tz: z.string().max(60).optional() });
const formContentType = 'application/x-www-form-urlencoded';
const localDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** Form fields to a transition body: empty fields left out, a datetime-local read in the recipient's chosen zone. */
function transitionFrom(form: Record<string, string>, zone: RecipientZone) {
  const body = Object.fromEntries(
    Object.entries(form).filter(
      ([key, value]) =>
        value.trim() !== '' &&
        ['to', 'reason', 'appointmentAt', 'findings', 'recommendations', 'okToResumeMassage', 'note'].includes(key),
    ),
  );
  if (body.appointmentAt && localDateTime.test(body.appointmentAt))
    body.appointmentAt = zonedToUtc(body.appointmentAt, zone)?.toISOString() ?? body.appointmentAt;
  return referralTransitionSchema.parse(body);
}

export function registerReferralPages(
  app: FastifyInstance,
  context: AppContext,
  { links, referrals, transitions }: Pick<ReferralsServices, 'links' | 'referrals' | 'transitions'>,
) {
  const { publicUrl } = context.config;

  /** The token's holder and the zone they chose (kept in the address and in every form), else the referrer's. */
  async function open(
    token: string,
    chosenZone: unknown,
  ): Promise<{ holder: ReferralLinkHolder; zone: RecipientZone }> {
    const holder = await links.holderOf(token);
    return { holder, zone: await referrals.zoneFor(holder, holder.subject.id, chosenZone) };
  }

  async function show(
    request: FastifyRequest<{ Params: { token: string } }>,
    reply: FastifyReply,
    status = 200,
    problem?: string,
    chosenZone?: string,
  ) {
    try {
      const { holder, zone } = await open(
        request.params.token,
        chosenZone ?? (request.query as { tz?: unknown } | undefined)?.tz,
      );
      return sendHtml(
        reply,
        status,
        referralPage(publicUrl, `/r/${request.params.token}`, await referrals.get(holder, holder.subject.id), {
          zone,
          problem,
        }),
      );
    } catch (error) {
      if (error instanceof AppError && error.code === 'not_found') return sendHtml(reply, 404, linkGonePage(publicUrl));
      throw error;
    }
  }

  void app.register(async (scope) => {
    const pages = scope.withTypeProvider<ZodTypeProvider>();
    if (!scope.hasContentTypeParser(formContentType)) {
      scope.addContentTypeParser(
        formContentType,
        { parseAs: 'string', bodyLimit: 64 * 1024 },
        (_request, body, done) => {
          done(null, Object.fromEntries(new URLSearchParams(body as string)));
        },
      );
    }

    pages.get(
      '/r/:token',
      { schema: { hide: true, params: tokenParam, querystring: pageQuery } },
      async (request, reply) => show(request, reply),
    );

    pages.post(
      '/r/:token',
      { schema: { hide: true, params: tokenParam, body: z.record(z.string(), z.string()) } },
      async (request, reply) => {
        let opened;
        try {
          opened = await open(request.params.token, request.body.tz);
        } catch (error) {
          if (error instanceof AppError && error.code === 'not_found')
            return sendHtml(reply, 404, linkGonePage(publicUrl));
          throw error;
        }
        const { holder, zone } = opened;
        try {
          if (request.body.to === 'thanks')
            await transitions.thank(
              holder,
              holder.subject.id,
              referralThanksSchema.parse({ message: request.body.message ?? '' }),
            );
          else await transitions.move(holder, holder.subject.id, transitionFrom(request.body, zone));
        } catch (error) {
          const problem = toAppError(error);
          if (problem.code !== 'validation_failed' && problem.code !== 'conflict') throw error;
          return show(request, reply, problem.code === 'conflict' ? 409 : 400, problem.message, zone);
        }
        // Post/redirect/get: a reload does not post the step again; the chosen zone is kept.
        return reply
          .status(303)
          .header('location', `/r/${request.params.token}?tz=${encodeURIComponent(zone)}`)
          .header('cache-control', 'no-store')
          .send();
      },
    );
  });
}
