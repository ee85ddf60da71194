// Public verification by code: the JSON answer and the server-rendered page. Both count against
// the same per-address limit before anything else happens, typos included.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { certificateVerificationSchema } from '../../../contracts/offers.ts';
import { errorBodySchema } from '../../../contracts/errors.ts';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../http/errors.ts';
import { certificatesService } from './certificates.service.ts';
import { latestBegunDay } from './offer-calendar.ts';
import { verifyLimiter } from './verify-limit.ts';
import { verifyFormPage, verifyResultPage } from './verify-page.ts';

const codeParam = z.object({ code: z.string().max(64) });

function sendHtml(reply: FastifyReply, status: number, body: string) {
  // The status changes when the certificate is redeemed or voided: never cached.
  return reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body.toString());
}

export function registerVerifyRoutes(base: FastifyInstance, context: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const certificates = certificatesService(context);
  const limit = verifyLimiter(context);
  const { publicUrl } = context.config;

  app.get(
    '/api/certificates/verify/:code',
    {
      schema: {
        tags: ['certificates'],
        summary: 'Public check of a certificate code: status, the offer, the dates and the recipient name only (no sign-in; rate-limited per address)',
        params: codeParam,
        response: { 200: certificateVerificationSchema, 400: errorBodySchema, 404: errorBodySchema, 429: errorBodySchema },
      },
    },
    async (request, reply) => {
      await limit(request, reply);
      void reply.header('cache-control', 'no-store');
      return certificates.verify(request.params.code);
    },
  );

  async function answer(code: string, reply: FastifyReply, request: Parameters<typeof limit>[0]) {
    try {
      await limit(request, reply);
      return sendHtml(reply, 200, verifyResultPage(publicUrl, await certificates.verify(code), latestBegunDay()).toString());
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const problem =
        error.code === 'validation_failed' ? `That code does not look right: ${error.message.replace(/^code: /, '')}.`
        : error.code === 'not_found' ? 'No certificate has this code. Check it against the printed certificate, character by character.'
        : error.code === 'rate_limited' ? `${error.message}.`
        : null;
      if (problem === null) throw error;
      return sendHtml(reply, error.code === 'validation_failed' ? 400 : error.code === 'not_found' ? 404 : 429, verifyFormPage(publicUrl, { value: code, problem }).toString());
    }
  }

  // The pages take any text (cut short) so that even nonsense gets the friendly HTML answer.
  app.get('/verify', { schema: { hide: true, querystring: z.object({ code: z.string().optional() }).loose() } }, async (request, reply) => {
    const code = request.query.code?.trim().slice(0, 64);
    if (!code) return sendHtml(reply, 200, verifyFormPage(publicUrl).toString());
    return answer(code, reply, request);
  });

  app.get('/verify/:code', { schema: { hide: true, params: z.object({ code: z.string() }) } }, async (request, reply) => answer(request.params.code.slice(0, 64), reply, request));
}
