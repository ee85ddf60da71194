// Fixed-window counters every instance shares (see rate-limit.repository.ts), for the modules that
// limit something per address or per account: sign-in, sign-up and mail-sending auth routes.
import type { AppContext } from '../../context.ts';
import { rateLimitRepository } from '../../db/rate-limit.repository.ts';

export function rateLimitsService(context: AppContext, _deps: Record<string, never> = {}) {
  const repo = rateLimitRepository(context.db);
  return {
    /** Counts one hit; the window's count and when it resets. */
    hit: (key: string, windowSeconds: number) => repo.hit(key, windowSeconds),
    /** The window's count without counting (0 once the window is over). */
    peek: (key: string) => repo.peek(key),
    clear: async (key: string) => void (await repo.clear(key)),
  };
}
export type RateLimitsService = ReturnType<typeof rateLimitsService>;
