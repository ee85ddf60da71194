// Who is calling: the signed-in member behind the session cookie, or nobody.
import type { FastifyRequest } from 'fastify';
import { fromNodeHeaders } from 'better-auth/node';
import type { Auth } from '../modules/auth/auth.ts';
import { AppError, notFound } from './errors.ts';

import type { MemberActor } from '../access/actor.ts';

/** The signed-in member (the member kind of the actor union in access/actor.ts). */
export type Actor = MemberActor;

export function createActors(auth: Auth) {
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
