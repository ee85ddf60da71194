// Verification is the one door to certificates without signing in, so it is limited per client
// address with the database-backed counter every instance shares (see docs/certificates.md for why
// this, with 80-bit codes, makes guessing hopeless).
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../http/errors.ts';
import { rateLimitRepository } from '../../db/rate-limit.repository.ts';

export const verifyWindowSeconds = 600;

export function verifyLimiter({ db, config }: AppContext) {
  const limits = rateLimitRepository(db);
  /**
   * Counts one verification; over the limit, throws the 429 with the seconds until the window ends
   * (the error handler turns them into Retry-After; the body's details say them too).
   */
  return async (request: FastifyRequest) => {
    const { count, resetAt } = await limits.hit(`verify:${request.ip}`, verifyWindowSeconds);
    if (count <= config.verifyRateLimit) return;
    const seconds = Math.max(1, Math.ceil((resetAt.getTime() - Date.now()) / 1000));
    throw new AppError(
      'rate_limited',
      `Too many certificate checks from this address; try again in ${Math.ceil(seconds / 60)} minute(s)`,
      { retryAfterSeconds: seconds },
      { retryAfterSeconds: seconds },
    );
  };
}
