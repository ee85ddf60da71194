// Mounts Better Auth under /api/auth/*, adding what Kneadwork requires of every auth route:
// the sign-in and per-address limits (sign-in-limits.service.ts), the profile's rule for names,
// change-password that always ends other sessions, a sign-up answer that does not reveal existing
// accounts, and errors in the common body shape.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { personName } from '../../../contracts/fields.ts';
import type { AppContext } from '../../context.ts';
import { issueDeviceCookie } from './device-cookie.ts';
import type { SignInLimitsService } from './sign-in-limits.service.ts';
import { existingEmailCode, existingSignUp, signUpAnswer } from './sign-up-answer.ts';

const toSnake = (code: string) => code.toLowerCase().replace(/[^a-z0-9]+/g, '_');

// The account's name is the name colleagues read (and mail greets): one rule with the profile's.
const bodyRules: Record<string, z.ZodType<Record<string, unknown>>> = {
  '/api/auth/sign-up/email': z.object({ name: personName }).loose(),
  '/api/auth/update-user': z.object({ name: personName.optional() }).loose(),
};

const publicUser = (user: Record<string, unknown>) => ({
  id: String(user.id),
  email: String(user.email),
  name: String(user.name),
  image: typeof user.image === 'string' ? user.image : null,
  emailVerified: user.emailVerified === true,
  createdAt: String(user.createdAt),
  updatedAt: String(user.updatedAt),
});

export function registerAuthRoutes(
  app: FastifyInstance,
  { auth, db, config, mailer }: AppContext,
  limits: SignInLimitsService,
) {
  const answerExistingSignUp = existingSignUp(db, mailer, config);
  const secureCookies = config.publicUrl.startsWith('https://');

  async function handle(request: FastifyRequest, reply: FastifyReply) {
    const path = request.url.split('?')[0]!;
    const rule = request.method === 'POST' ? bodyRules[path] : undefined;
    const body = (
      rule ? { ...(request.body as object), ...rule.parse(request.body ?? {}) } : (request.body ?? undefined)
    ) as Record<string, unknown> | undefined;
    const signIn = path === '/api/auth/sign-in/email' && request.method === 'POST';
    const signUp = path === '/api/auth/sign-up/email' && request.method === 'POST';
    const email = (typeof body?.email === 'string' ? body.email : '').trim().toLowerCase();
    const attempt = signIn
      ? await limits.beforeSignIn({ ip: request.ip, cookie: request.headers.cookie, email })
      : null;
    if (request.method === 'POST') await limits.perAddress(path, request.ip);
    // Changing a password always ends the user's other sessions.
    const forwardedBody = path === '/api/auth/change-password' && body ? { ...body, revokeOtherSessions: true } : body;

    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value === undefined || name === 'content-length') continue;
      headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await auth.handler(
      new Request(new URL(request.url, config.publicUrl), {
        method: request.method,
        headers,
        body:
          request.method === 'GET' || request.method === 'HEAD' || forwardedBody === undefined
            ? undefined
            : JSON.stringify(forwardedBody),
      }),
    );

    if (attempt)
      await limits.afterSignIn(
        attempt,
        response.status === 401 || response.status === 403 ? 'failed' : response.ok ? 'succeeded' : 'other',
      );
    if (signUp && response.status === 422) {
      const refusal = (await response
        .clone()
        .json()
        .catch(() => ({}))) as { code?: string };
      if (refusal.code === existingEmailCode)
        return reply
          .status(200)
          .type('application/json')
          .send(await answerExistingSignUp(body ?? {}));
    }

    void reply.status(response.status);
    response.headers.forEach((value, name) => {
      if (name !== 'set-cookie' && name !== 'content-length' && name !== 'content-encoding')
        void reply.header(name, value);
    });
    const cookies = response.headers.getSetCookie();
    if (signIn && response.ok) cookies.push(issueDeviceCookie(config.authSecret, email, secureCookies));
    if (cookies.length) void reply.header('set-cookie', cookies);
    const text = await response.text();
    if (signUp && response.ok) {
      const created = JSON.parse(text) as { user: Record<string, unknown> };
      return reply.type('application/json').send(signUpAnswer(publicUser(created.user)));
    }
    if (response.status >= 400 && text) {
      let parsed: { code?: string; message?: string } = {};
      try {
        parsed = JSON.parse(text) as typeof parsed;
      } catch {
        parsed = { message: text.slice(0, 200) };
      }
      return reply.type('application/json').send({
        error: { code: toSnake(parsed.code ?? 'auth_error'), message: parsed.message ?? 'Request refused' },
        requestId: request.id,
      });
    }
    return reply.send(text || null);
  }

  app.route({ method: ['GET', 'POST'], url: '/api/auth/*', schema: { hide: true }, handler: handle });
}
