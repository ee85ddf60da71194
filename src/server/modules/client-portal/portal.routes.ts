// The client portal's API (/api/portal/*: only the signed-in client, their own records) and the
// therapist's side of it (/api/clients/{id}/invite, /api/clients/{id}/portal). Signing in happens
// on /portal/link/{token} (portal-link.routes.ts), /api/portal/sign-in-link and /api/portal/sign-in.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  portalAccessLogSchema,
  portalConsentsSchema,
  portalInvitationStateSchema,
  portalLinkRequestSchema,
  portalLinkUseSchema,
  portalPasswordSchema,
  portalPasswordSignInSchema,
  portalRecordSchema,
  portalSessionSchema,
  portalWithdrawSchema,
} from '../../../contracts/portal.ts';
import type { AppContext } from '../../context.ts';
import { portalCookieName } from '../../http/actor.ts';
import { memberRouteOptions, portalRouteOptions } from '../../http/route-docs.ts';
import { noSuchClient } from '../clients/clients.module.ts';
import { sessionHours, type PortalAuthService } from './portal-auth.service.ts';
import type { PortalService } from './portal.service.ts';

const member = memberRouteOptions(['clients', 'portal']);
const client = portalRouteOptions(['portal']);
const byClient = z.object({ clientId: z.uuid('must be a client id') });
const byConsent = byClient.extend({ consentId: z.uuid('must be a consent id') });
const byId = z.object({ id: z.uuid('must be a client id') });
const done = z.object({ ok: z.literal(true) });

export function portalCookie(config: AppContext['config']) {
  const secure = config.publicUrl.startsWith('https://');
  return {
    set: (reply: FastifyReply, token: string) =>
      reply.setCookie(portalCookieName, token, {
        httpOnly: true,
        sameSite: 'lax',
        secure,
        path: '/',
        maxAge: sessionHours * 3600,
      }),
    clear: (reply: FastifyReply) =>
      reply.clearCookie(portalCookieName, { path: '/', httpOnly: true, sameSite: 'lax', secure }),
    read: (request: FastifyRequest) => request.cookies?.[portalCookieName] ?? '',
  };
}

export function registerPortalRoutes(
  base: FastifyInstance,
  { actors, config }: AppContext,
  { auth, portal }: { auth: PortalAuthService; portal: PortalService },
) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const cookie = portalCookie(config);
  const signedIn = (request: FastifyRequest) => actors.portal.requiredForRecord(request, noSuchClient);

  // The therapist's side.
  app.get(
    '/api/clients/:id/portal',
    member({
      summary: 'Whether the client was invited to the portal and uses it',
      params: byId,
      response: { 200: portalInvitationStateSchema },
    }),
    async (request) => auth.invitationState(await actors.requiredForRecord(request, noSuchClient), request.params.id),
  );
  app.post(
    '/api/clients/:id/invite',
    member({
      summary: 'Email the client a single-use link to their private portal (valid 72 hours)',
      params: byId,
      response: { 200: portalInvitationStateSchema },
    }),
    async (request) => auth.invite(await actors.requiredForRecord(request, noSuchClient), request.params.id),
  );
  app.post(
    '/api/clients/:id/portal/end',
    member({
      summary: 'End the client’s portal access to this record',
      params: byId,
      response: { 200: portalInvitationStateSchema },
    }),
    async (request) => auth.endAccess(await actors.requiredForRecord(request, noSuchClient), request.params.id),
  );

  // Signing in and out.
  app.post(
    '/api/portal/sign-in-link',
    client({
      summary:
        'Email a single-use sign-in link (15 minutes) to a portal address; the same answer whether or not it has one',
      body: portalLinkRequestSchema,
      response: { 202: z.object({ sent: z.literal(true) }) },
    }),
    async (request, reply) => {
      await auth.requestLink(request.body.email, request.ip);
      return reply.status(202).send({ sent: true });
    },
  );
  app.post(
    '/api/portal/sign-in',
    client({
      summary: 'Sign in with an invitation’s or sign-in link’s token (single use)',
      body: portalLinkUseSchema,
      response: { 200: done },
    }),
    async (request, reply) => {
      cookie.set(reply, (await auth.useLink(request.body.token)).sessionToken);
      return { ok: true as const };
    },
  );
  app.post(
    '/api/portal/sign-in/password',
    client({
      summary: 'Sign in with email and password (failures are limited)',
      body: portalPasswordSignInSchema,
      response: { 200: done },
    }),
    async (request, reply) => {
      cookie.set(reply, (await auth.signInWithPassword(request.body.email, request.body.password)).sessionToken);
      return { ok: true as const };
    },
  );
  app.post(
    '/api/portal/sign-out',
    client({ summary: 'Sign out of the portal', response: { 200: done } }),
    async (request, reply) => {
      await auth.signOut(cookie.read(request));
      cookie.clear(reply);
      return { ok: true as const };
    },
  );
  app.put(
    '/api/portal/password',
    client({
      summary: 'Choose a password for the portal (other sessions end)',
      body: portalPasswordSchema,
      response: { 200: done },
    }),
    async (request) => {
      const actor = await actors.portal.required(request);
      await auth.setPassword(actor, cookie.read(request), request.body.password);
      return { ok: true as const };
    },
  );

  // The client's own records.
  app.get(
    '/api/portal/session',
    client({
      summary: 'Who is signed in, the idle limit, and the records they may open',
      response: { 200: portalSessionSchema },
    }),
    async (request) => {
      const actor = await actors.portal.required(request);
      return portal.session(actor, await auth.hasPassword(actor));
    },
  );
  app.get(
    '/api/portal/records/:clientId',
    client({ summary: 'My record with one therapist', params: byClient, response: { 200: portalRecordSchema } }),
    async (request) => portal.record(await signedIn(request), request.params.clientId),
  );
  app.get(
    '/api/portal/records/:clientId/access-log',
    client({
      summary: 'Who has read my record, in plain words, newest first',
      params: byClient,
      response: { 200: portalAccessLogSchema },
    }),
    async (request) => portal.accessLog(await signedIn(request), request.params.clientId),
  );
  app.get(
    '/api/portal/records/:clientId/consents',
    client({
      summary: 'The consents I gave this therapist',
      params: byClient,
      response: { 200: portalConsentsSchema },
    }),
    async (request) => ({ items: await portal.consents(await signedIn(request), request.params.clientId) }),
  );
  app.post(
    '/api/portal/records/:clientId/consents/:consentId/withdraw',
    client({
      summary: 'Withdraw a consent; it stops covering referrals at once and my therapist is told',
      params: byConsent,
      body: portalWithdrawSchema,
      response: { 200: portalConsentsSchema },
    }),
    async (request) => ({
      items: await portal.withdrawConsent(
        await signedIn(request),
        request.params.clientId,
        request.params.consentId,
        request.body.reason,
      ),
    }),
  );
}
