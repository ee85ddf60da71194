// /api/referrals: refer a client, the inbox and outbox, one referral with its timeline, the closed
// loop's transitions, thanks, the external link, the printable letter and outcome, and
// suggestions. The external recipient's pages (/r/<token>) and the reminders register from here too.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '../../../contracts/errors.ts';
import {
  referralCreateSchema,
  referralListQuerySchema,
  referralListSchema,
  referralSchema,
  referralSuggestionListSchema,
  referralSuggestionQuerySchema,
  referralThanksSchema,
  referralTransitionSchema,
} from '../../../contracts/referrals.ts';
import type { AppContext } from '../../context.ts';
import { registerReferralPages } from './referral-page.routes.ts';
import type { ReferralsServices } from './referrals.module.ts';
import { noSuchReferral } from './referrals.policy.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';

const member = memberRouteOptions(['referrals']);
const byId = z.object({ id: z.uuid('must be a referral id') });
const errors = { 400: errorBodySchema, 401: errorBodySchema, 404: errorBodySchema };
const linkStateSchema = z.object({
  state: z.enum(['active', 'revoked', 'expired']),
  sentTo: z.string(),
  expiresAt: z.string(),
});
// Loose: the other headers (the session cookie among them) stay as they are.
const idempotencyHeaders = z.looseObject({
  'idempotency-key': z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe(
      'Any unique string (a UUID): a retry of this request with the same key returns the referral the first one made, with Idempotent-Replayed: true, and never makes a second; the same key with a different request is refused with 422 (idempotency_key_reused)',
    ),
});

export function registerReferralRoutes(base: FastifyInstance, context: AppContext, services: ReferralsServices) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { actors } = context;
  const { referrals, transitions, suggestions, documents } = services;

  app.get(
    '/api/referrals',
    member({
      summary: 'My inbox (referred to me) or outbox (referred by me), newest first, filtered by status and urgency',
      querystring: referralListQuerySchema,
      response: { 200: referralListSchema, ...errors },
    }),
    async (request) => referrals.list(await actors.required(request), request.query),
  );

  app.post(
    '/api/referrals',
    member({
      summary:
        'Refer my client to a member or to a contact (emailed a private link), with a consent that covers them and the packet I choose to share',
      headers: idempotencyHeaders,
      body: referralCreateSchema,
      response: { 201: referralSchema, ...errors, 422: errorBodySchema },
    }),
    async (request, reply) => {
      const { referral, replayed } = await referrals.create(
        await actors.required(request),
        request.body,
        request.headers['idempotency-key'],
      );
      if (replayed) void reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(referral);
    },
  );

  app.get(
    '/api/referrals/suggestions',
    member({
      summary:
        'Members to refer to, ranked by distance, specialty match, my trust mark and past reciprocity, with the reasons; away members last',
      querystring: referralSuggestionQuerySchema,
      response: { 200: referralSuggestionListSchema, ...errors },
    }),
    async (request) => suggestions.suggest(await actors.required(request), request.query),
  );

  app.get(
    '/api/referrals/:id',
    member({
      summary: 'One referral with its packet (while consent stands), outcome and timeline; every read is audited',
      params: byId,
      response: { 200: referralSchema, ...errors },
    }),
    async (request) => referrals.get(await actors.requiredForRecord(request, noSuchReferral), request.params.id),
  );

  app.post(
    '/api/referrals/:id/transitions',
    member({
      summary:
        'Move the referral one step: accepted/declined/scheduled/seen/replied (recipient), returned (referrer); an impossible step → 409',
      params: byId,
      body: referralTransitionSchema,
      response: { 200: referralSchema, 409: errorBodySchema, ...errors },
    }),
    async (request) =>
      transitions.transition(await actors.requiredForRecord(request, noSuchReferral), request.params.id, request.body),
  );

  app.post(
    '/api/referrals/:id/thanks',
    member({
      summary: 'A thank-you note to the other side',
      params: byId,
      body: referralThanksSchema,
      response: { 200: referralSchema, ...errors },
    }),
    async (request) =>
      transitions.thanks(await actors.requiredForRecord(request, noSuchReferral), request.params.id, request.body),
  );

  app.post(
    '/api/referrals/:id/link',
    member({
      summary:
        'Email the external recipient a new private link (earlier ones stop working); 409 when they have no email address',
      params: byId,
      response: { 200: linkStateSchema, 409: errorBodySchema, ...errors },
    }),
    async (request) =>
      referrals.reissueLink(await actors.requiredForRecord(request, noSuchReferral), request.params.id),
  );

  app.post(
    '/api/referrals/:id/link/revoke',
    member({
      summary: 'Stop the external recipient’s link from working',
      params: byId,
      response: { 200: linkStateSchema, ...errors },
    }),
    async (request) => referrals.revokeLink(await actors.requiredForRecord(request, noSuchReferral), request.params.id),
  );

  for (const kind of ['letter', 'outcome'] as const) {
    app.get(
      `/api/referrals/:id/${kind}.pdf`,
      member({
        summary:
          kind === 'letter'
            ? 'The printable referral letter on the referrer’s letterhead'
            : 'The printable outcome reply (409 until the recipient replied)',
        params: byId,
      }),
      async (request, reply) => {
        const file = await documents[kind](await actors.requiredForRecord(request, noSuchReferral), request.params.id);
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="${file.filename}"`)
          .header('cache-control', 'private, no-store')
          .send(file.bytes);
      },
    );
  }

  registerReferralPages(app, context, services);
}
