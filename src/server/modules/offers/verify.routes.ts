// Public verification by code: the JSON answer and the server-rendered page. Both count against
// the same per-address limit before anything else happens, typos included. The page also lets the
// signed-in issuer redeem (a plain form post, so it works without JavaScript; the cookie-bound
// CSRF check applies to it like to every other post).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { certificateVerificationSchema } from '../../../contracts/offers.ts';
import { errorBodySchema } from '../../../contracts/errors.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, setRetryAfter, toAppError } from '../../http/errors.ts';
import { sendHtml } from '../../http/html-reply.ts';
import type { CertificatesService } from './certificates.service.ts';
import { latestBegunDay, longDate } from './offer-calendar.ts';
import { verifyLimiter } from './verify-limit.ts';
import { verifyFormPage, verifyResultPage, type IssuerView } from './verify-page.ts';

const codeParam = z.object({ code: z.string().max(64) });
const formContentType = 'application/x-www-form-urlencoded';

type Outcome = { status: number; kind: 'redeemed' | 'problem'; text: string };

// Pages go out no-store (sendHtml's default): the status changes when the certificate is redeemed
// or voided. The referrer policy is the site's own (http/security.ts): other sites get our origin,
// never the code.
export function registerVerifyRoutes(
  base: FastifyInstance,
  context: AppContext,
  { certificates }: { certificates: CertificatesService },
) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const limit = verifyLimiter(context);
  const { publicUrl } = context.config;

  app.get(
    '/api/certificates/verify/:code',
    {
      schema: {
        tags: ['certificates'],
        summary:
          'Public check of a certificate code: status, the offer, the dates and the recipient name only (no sign-in; rate-limited per address)',
        params: codeParam,
        response: {
          200: certificateVerificationSchema,
          400: errorBodySchema,
          404: errorBodySchema,
          429: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      await limit(request);
      void reply.header('cache-control', 'no-store');
      return certificates.verify(request.params.code);
    },
  );

  /** The issuer's extras on the page, or null for anyone else (the public answer is the same for all). */
  async function issuerView(actor: Actor | null, code: string, outcome?: Outcome): Promise<IssuerView | null> {
    if (!actor) return null;
    const mine = await certificates.getCertificate(actor, code).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'not_found') return null;
      throw error;
    });
    if (!mine) return null;
    return {
      redeemedAt: mine.redeemedAt,
      canRedeem: mine.status === 'valid' && !mine.notYetValid,
      redeemAction: `/verify/${mine.code}/redeem`,
      ...(outcome ? { outcome: { kind: outcome.kind, text: outcome.text } } : {}),
    };
  }

  async function answer(
    code: string,
    reply: FastifyReply,
    request: FastifyRequest,
    outcome?: Outcome,
    limited = false,
  ) {
    try {
      if (!limited) await limit(request);
      const result = await certificates.verify(code);
      const actor = await context.actors.optional(request);
      const issuer = await issuerView(actor, code, outcome);
      // Someone who is not the issuer tried to redeem: say so without the issuer's details.
      const page = verifyResultPage(
        publicUrl,
        result,
        latestBegunDay(),
        issuer ?? (outcome ? { redeemedAt: null, canRedeem: false, redeemAction: '', outcome } : null),
      );
      return sendHtml(reply, outcome?.status ?? 200, page.toString());
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const problem =
        error.code === 'validation_failed'
          ? `That code does not look right: ${error.message.replace(/^code: /, '')}.`
          : error.code === 'not_found'
            ? 'No certificate has this code. Check it against the printed certificate, character by character.'
            : error.code === 'rate_limited'
              ? `${error.message}.`
              : null;
      if (problem === null) throw error;
      setRetryAfter(reply, error);
      return sendHtml(
        reply,
        error.code === 'validation_failed' ? 400 : error.code === 'not_found' ? 404 : 429,
        verifyFormPage(publicUrl, { value: code, problem }).toString(),
      );
    }
  }

  // The pages take any text (cut short) so that even nonsense gets the friendly HTML answer.
  app.get(
    '/verify',
    { schema: { hide: true, querystring: z.object({ code: z.string().optional() }).loose() } },
    async (request, reply) => {
      const code = request.query.code?.trim().slice(0, 64);
      if (!code) return sendHtml(reply, 200, verifyFormPage(publicUrl).toString());
      return answer(code, reply, request);
    },
  );

  app.get('/verify/:code', { schema: { hide: true, params: z.object({ code: z.string() }) } }, async (request, reply) =>
    answer(request.params.code.slice(0, 64), reply, request),
  );

  // The issuer's Redeem form. Answered with the page itself (no redirect): reloading re-posts, and a
  // second redeem is refused with the "already redeemed" warning, which is what should happen.
  void app.register(async (scope) => {
    if (!scope.hasContentTypeParser(formContentType)) {
      scope.addContentTypeParser(formContentType, { parseAs: 'string', bodyLimit: 4 * 1024 }, (_request, body, done) =>
        done(null, Object.fromEntries(new URLSearchParams(body as string))),
      );
    }
    scope.post('/verify/:code/redeem', { schema: { hide: true } }, async (request, reply) => {
      const code = String((request.params as { code?: string }).code ?? '').slice(0, 64);
      const form = (request.body ?? {}) as Record<string, string>;
      try {
        await limit(request);
      } catch (error) {
        if (error instanceof AppError && error.code === 'rate_limited') return answer(code, reply, request);
        throw error;
      }
      const actor = await context.actors.optional(request);
      if (!actor)
        return answer(
          code,
          reply,
          request,
          { status: 401, kind: 'problem', text: 'Sign in as the member who issued this certificate to redeem it.' },
          true,
        );
      if (form.identityConfirmed !== 'true') {
        return answer(
          code,
          reply,
          request,
          {
            status: 400,
            kind: 'problem',
            text: 'Confirm the recipient’s identity first: tick the box (the certificate is non-transferable).',
          },
          true,
        );
      }
      try {
        const redeemed = await certificates.redeem(actor, code);
        const when = redeemed.redeemedAt ? ` on ${longDate(redeemed.redeemedAt.slice(0, 10))}` : '';
        return answer(
          code,
          reply,
          request,
          {
            status: 200,
            kind: 'redeemed',
            text: `Redeemed${when}: ${redeemed.offer.summary} for ${redeemed.recipientName}.`,
          },
          true,
        );
      } catch (error) {
        const problem = toAppError(error);
        if (problem.code === 'validation_failed') return answer(code, reply, request, undefined, true);
        if (problem.code === 'not_found')
          return answer(
            code,
            reply,
            request,
            { status: 403, kind: 'problem', text: 'Only the member who issued this certificate can redeem it.' },
            true,
          );
        if (problem.code === 'conflict') {
          // Already redeemed: the page's warning says it, with the date.
          const text =
            (problem.details as { reason?: string } | undefined)?.reason === 'already_redeemed' ? '' : problem.message;
          return answer(code, reply, request, { status: 409, kind: 'problem', text }, true);
        }
        throw error;
      }
    });
  });
}
