// Who is calling: the signed-in member behind the session cookie, or nobody.
import type { FastifyRequest } from 'fastify';
import { fromNodeHeaders } from 'better-auth/node';
import type { Auth } from '../modules/auth/auth.ts';
import { AppError, notFound } from './errors.ts';

import { createHash } from 'node:crypto';
import type { ClientActor, MemberActor } from '../access/actor.ts';
import type { portalSessionsRepository } from '../db/portal-sessions.repository.ts';

/** The portal's session cookie: HttpOnly, SameSite=Lax, Secure behind HTTPS (client-portal/portal-cookie.ts). */
export const portalCookieName = 'kneadwork_portal';
/** Tokens (cookies, links) are kept only as their SHA-256. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');
// A read marks the session seen at most this often, so browsing is not a stream of writes.
const touchEveryMs = 30_000;

type PortalSessions = { sessions: ReturnType<typeof portalSessionsRepository>; idleMinutes: number };

/** The signed-in member (the member kind of the actor union in access/actor.ts). */
export type Actor = MemberActor;

function portalActors({ sessions, idleMinutes }: PortalSessions) {
  const cache = new WeakMap<FastifyRequest, Promise<ClientActor | null>>();
  const load = async (request: FastifyRequest): Promise<ClientActor | null> => {
    const token = request.cookies?.[portalCookieName];
    if (!token || token.length > 200) return null;
    const now = Date.now();
    const found = await sessions.findLive(tokenHash(token), new Date(now - idleMinutes * 60_000));
    if (!found) return null;
    await sessions.touch(found.sessionId, new Date(now - touchEveryMs));
    return { kind: 'client', accountId: found.accountId, email: found.email, records: found.records };
  };
  const optional = (request: FastifyRequest) => {
    let pending = cache.get(request);
    if (!pending) cache.set(request, (pending = load(request)));
    return pending;
  };
  return {
    /** The client signed in to the portal, or null (no cookie, idle past the limit, expired, signed out). */
    optional,
    async required(request: FastifyRequest): Promise<ClientActor> {
      const actor = await optional(request);
      if (!actor) throw new AppError('unauthenticated', 'Sign in to your portal to continue');
      return actor;
    },
    /** For a portal route naming a record: nobody signed in gets the stranger's 404. */
    async requiredForRecord(request: FastifyRequest, notFoundMessage: string): Promise<ClientActor> {
      const actor = await optional(request);
      if (!actor) throw notFound(notFoundMessage);
      return actor;
    },
  };
}

export function createActors(auth: Auth, portal: PortalSessions) {
  const cache = new WeakMap<FastifyRequest, Promise<Actor | null>>();
  const load = async (request: FastifyRequest): Promise<Actor | null> => {
    if (!request.headers.cookie) return null;
    const found = await auth.api.getSession({ headers: fromNodeHeaders(request.headers) });
    if (!found) return null;
    return {
      kind: 'member',
      userId: found.user.id,
      email: found.user.email,
      name: found.user.name,
      emailVerified: found.user.emailVerified,
    };
  };
  const optional = (request: FastifyRequest) => {
    let pending = cache.get(request);
    if (!pending) cache.set(request, (pending = load(request)));
    return pending;
  };
  return {
    /** Clients signed in to the portal (a separate cookie and session table: decisions/024). */
    portal: portalActors(portal),
    optional,
    async required(request: FastifyRequest): Promise<Actor> {
      const actor = await optional(request);
      if (!actor) throw new AppError('unauthenticated', 'Sign in to continue');
      return actor;
    },
    /**
     * The signed-in member, for a route that names a private record in its path (/api/referrals/:id,
     * /api/clients/:id/..., /api/trades/:id/..., /api/conversations/:id/...). Nobody signed in gets
     * the very 404 a signed-in stranger gets, so such a route never tells whether the record exists
     * nor hints that signing in would help. `notFoundMessage` must be the module's exported constant
     * that its service passes to notFound() for a stranger: one string, one helper, identical bodies.
     */
    async requiredForRecord(request: FastifyRequest, notFoundMessage: string): Promise<Actor> {
      const actor = await optional(request);
      if (!actor) throw notFound(notFoundMessage);
      return actor;
    },
  };
}
export type Actors = ReturnType<typeof createActors>;
