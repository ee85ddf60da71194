// The spam defence for the growth boards: an account younger than 7 days may create at most
// NEW_ACCOUNT_DAILY_POSTS public posts a day (opportunities, pools, campaigns, projects, volunteer
// events, couples requests), counted in the shared rate-limit table so every instance agrees —
// the same rule the messages module applies to messages (NEW_ACCOUNT_DAILY_MESSAGES).
import type { AppContext } from '../../context.ts';
import { rateLimitRepository } from '../../db/rate-limit.repository.ts';
import { accountsRepository } from './accounts.repository.ts';
import type { MemberActor } from '../../access/actor.ts';
import { rateLimited } from '../../http/errors.ts';

const newAccountDays = 7;
const daySeconds = 24 * 60 * 60;

export function newAccountPostsService(context: AppContext, _deps: Record<string, never> = {}) {
  const limits = rateLimitRepository(context.db);
  const accounts = accountsRepository(context.db);
  // An account's creation time never changes: remember it instead of reading it per post.
  const createdAtCache = new Map<string, Date | null>();
  async function createdAt(userId: string) {
    if (createdAtCache.has(userId)) return createdAtCache.get(userId)!;
    const created = await accounts.createdAt(userId);
    if (createdAtCache.size >= 10_000) createdAtCache.clear();
    createdAtCache.set(userId, created);
    return created;
  }
  const isNew = (created: Date | null) =>
    !!created && Date.now() - created.getTime() < newAccountDays * daySeconds * 1000;

  return {
    /**
     * Counts one post for a new account and throws 429 (with Retry-After) past the daily limit;
     * older accounts pass without a write. Call it before the insert, outside its transaction.
     */
    async allow(actor: Pick<MemberActor, 'userId'>): Promise<void> {
      if (!isNew(await createdAt(actor.userId))) return;
      const hit = await limits.hit(`posts:new-account:${actor.userId}`, daySeconds);
      if (hit.count > context.config.newAccountDailyPosts)
        throw rateLimited(
          'New accounts may post a few times a day; try again later',
          (hit.resetAt.getTime() - Date.now()) / 1000,
        );
    },
  };
}
export type NewAccountPostsService = ReturnType<typeof newAccountPostsService>;
