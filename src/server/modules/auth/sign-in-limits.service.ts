// The limits on the auth routes, counted in the database so every instance agrees: failed
// sign-ins per address and per account (a device that signed in to the account before counts its
// own failures, so a stranger's guesses cannot lock the member out of their usual browser —
// OWASP's device cookie), and per-address limits on the routes that send mail or create accounts.
import type { AppContext } from '../../context.ts';
import { rateLimited } from '../../http/errors.ts';
import type { RateLimitsService } from '../platform/rate-limits.service.ts';
import { knownDevice } from './device-cookie.ts';

const perIpLimited: Record<string, number> = {
  '/api/auth/request-password-reset': 10,
  '/api/auth/send-verification-email': 10,
  '/api/auth/reset-password': 20,
};

export type SignInAttempt = { ipKey: string; accountKey: string };

export function signInLimitsService(
  context: AppContext,
  { rateLimits }: { rateLimits: Pick<RateLimitsService, 'hit' | 'peek' | 'clear'> },
) {
  const { config } = context;
  const windowSeconds = config.auth.windowMinutes * 60;
  const max = config.auth.maxFailedSignIns;

  const refuse = (resetAt: Date | null) => {
    const seconds = Math.max(
      1,
      Math.ceil(((resetAt?.getTime() ?? Date.now() + windowSeconds * 1000) - Date.now()) / 1000),
    );
    return rateLimited(`Too many attempts; try again in ${Math.ceil(seconds / 60)} minute(s)`, seconds);
  };

  return {
    /** Before a sign-in: refuses (429) while the address or the account has too many recent failures. */
    async beforeSignIn(request: { ip: string; cookie: string | undefined; email: string }): Promise<SignInAttempt> {
      const device = knownDevice(config.authSecret, request.cookie, request.email);
      const attempt = {
        ipKey: `signin-fail:ip:${request.ip}`,
        accountKey: device ? `signin-fail:device:${device}` : `signin-fail:account:${request.email}`,
      };
      for (const key of [attempt.ipKey, attempt.accountKey]) {
        const { count, resetAt } = await rateLimits.peek(key);
        if (count >= max) throw refuse(resetAt);
      }
      return attempt;
    },

    /** After it: a failure counts against both; a success clears the account's count. */
    async afterSignIn(attempt: SignInAttempt, outcome: 'failed' | 'succeeded' | 'other') {
      if (outcome === 'failed') {
        await rateLimits.hit(attempt.ipKey, windowSeconds);
        await rateLimits.hit(attempt.accountKey, windowSeconds);
      } else if (outcome === 'succeeded') {
        await rateLimits.clear(attempt.accountKey);
      }
    },

    /** Counts a POST to a route limited per address (sign-up, mail-sending ones); 429 past the limit. */
    async perAddress(path: string, ip: string) {
      const limit = path === '/api/auth/sign-up/email' ? config.auth.signUpsPerWindow : perIpLimited[path];
      if (!limit) return;
      const { count, resetAt } = await rateLimits.hit(`auth:${path}:${ip}`, windowSeconds);
      if (count > limit) throw refuse(resetAt);
    },
  };
}
export type SignInLimitsService = ReturnType<typeof signInLimitsService>;
