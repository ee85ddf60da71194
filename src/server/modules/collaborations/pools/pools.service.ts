// Starting, listing and reading group purchasing pools (docs/growth-pools.md). Every
// method that names a pool starts with the policy; pledges are in pool-pledges.service.ts, the
// close at the deadline and the organizer's cancel in pool-closing.ts.
import type { Pool, PoolCreate } from '../../../../contracts/pools.ts';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../http/actor.ts';
import { invalid } from '../../../http/errors.ts';
import type { NewAccountPostsService } from '../../platform/new-account-posts.service.ts';
import type { ProfilesService } from '../../profiles/profiles.service.ts';
import { poolLive } from './pool-live.ts';
import { orderSheet } from './pool-order-sheet.ts';
import { toPool } from './pools.mapper.ts';
import { poolsPolicy } from './pools.policy.ts';
import { poolsRepository, type PoolRow } from './pools.repository.ts';

export { noSuchPool } from './pools.policy.ts';

export type PoolsDeps = {
  profiles: Pick<ProfilesService, 'memberCards'>;
  newAccountPosts: Pick<NewAccountPostsService, 'allow'>;
};

/** A deadline must leave a pool at least this long to gather pledges. */
const shortestPoolMs = 60 * 60 * 1000;
const longestPoolMs = 366 * 24 * 60 * 60 * 1000;

export function poolsService(context: AppContext, { profiles, newAccountPosts }: PoolsDeps) {
  const repo = poolsRepository(context.db);
  const policy = poolsPolicy(repo);
  const publish = poolLive(context, repo);

  async function present(actor: Actor, rows: PoolRow[]): Promise<Pool[]> {
    const [mine, organizers] = await Promise.all([
      repo.myPledges(
        actor.userId,
        rows.map((row) => row.id),
      ),
      profiles.memberCards(rows.map((row) => row.organizerUserId)),
    ]);
    return rows.map((row) => toPool(row, actor.userId, mine.get(row.id), organizers.get(row.organizerUserId)));
  }

  const get = async (actor: Actor, id: string) =>
    (await present(actor, [await policy.requireAccess(actor, 'pools.read', id)]))[0]!;

  return {
    policy,
    repo,
    present,
    get,
    publish,

    async list(actor: Actor, scope: 'open' | 'mine') {
      const rows = scope === 'open' ? await repo.listOpen(new Date()) : await repo.listMine(actor.userId);
      return { items: await present(actor, rows) };
    },

    /** The organizer's order sheet: every pledger by name, what they owe, and the totals. */
    async orderSheet(actor: Actor, id: string) {
      const pool = await policy.requireAccess(actor, 'pools.organize', id);
      const pledges = await repo.pledgesOf(context.db, id);
      const cards = await profiles.memberCards(pledges.map((pledge) => pledge.userId));
      const named = pledges.map((pledge) => ({
        name: cards.get(pledge.userId)?.displayName ?? pledge.name,
        quantity: pledge.quantity,
      }));
      return orderSheet(pool, named);
    },

    async create(actor: Actor, input: PoolCreate) {
      const deadline = new Date(input.deadline);
      const ahead = deadline.getTime() - Date.now();
      if (ahead < shortestPoolMs) throw invalid('deadline', 'must be at least an hour from now');
      if (ahead > longestPoolMs) throw invalid('deadline', 'must be within a year');
      await newAccountPosts.allow(actor);
      const row = await repo.insert({
        organizerUserId: actor.userId,
        title: input.title,
        item: input.item,
        supplier: input.supplier,
        description: input.description ?? '',
        listPrice: input.unitPrice,
        tiers: input.tiers,
        minimumQuantity: input.minimumQuantity,
        deadline,
      });
      return get(actor, row.id);
    },
  };
}
export type PoolsService = ReturnType<typeof poolsService>;
