// Pledging to a pool: one pledge per member, created, changed or withdrawn (quantity 0). Raising
// is allowed until the deadline; lowering or withdrawing only until 48 h before it; nothing once
// the pool closed. The pledge and the pool's running total change in one transaction under the
// pool's row lock, so the total is exact and the tier and price always match it.
import { lowerPledgeCutoffMs } from '../../../../contracts/pool-pricing.ts';
import type { Actor } from '../../../http/actor.ts';
import { conflict } from '../../../http/errors.ts';
import type { PoolsService } from './pools.service.ts';

export function poolPledgesService(pools: PoolsService) {
  const { repo, policy } = pools;

  return {
    async pledge(actor: Actor, id: string, quantity: number) {
      await policy.requireAccess(actor, 'pools.pledge', id);
      const updated = await repo.transaction(async (tx) => {
        const pool = policy.check(actor, 'pools.pledge', await repo.lock(tx, id));
        const now = Date.now();
        if (pool.status !== 'open' || pool.deadline.getTime() <= now)
          throw conflict('This pool is closed: pledges can no longer change', 'pool_closed');
        const before = (await repo.pledgeOf(tx, id, actor.userId))?.quantity ?? 0;
        if (quantity === before) return pool;
        if (quantity < before && now > pool.deadline.getTime() - lowerPledgeCutoffMs)
          throw conflict(
            'Pledges can be lowered or withdrawn only until 48 hours before the deadline',
            'pledge_locked',
          );
        if (quantity === 0) await repo.deletePledge(tx, id, actor.userId);
        else await repo.upsertPledge(tx, id, actor.userId, quantity);
        const pledges = (quantity > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
        return repo.addToTotal(tx, id, quantity - before, pledges);
      });
      // The member who withdrew is no longer a pledger, but their open page still wants the total.
      await pools.publish(updated, [actor.userId]);
      return pools.get(actor, id);
    },
  };
}
export type PoolPledgesService = ReturnType<typeof poolPledgesService>;
