// The live total: after a pledge or a close commits, everyone who follows the pool (its organizer
// and its pledgers) gets the new total, tier and price on their sockets, so an open pool page
// updates without a reload. A courtesy: the stored total is what counts, and a page refetches.
import type { AppContext } from '../../../context.ts';
import type { PoolUpdatedEvent } from '../../../../contracts/pools.ts';
import { liveFacts } from './pools.mapper.ts';
import type { PoolRow, PoolsRepository } from './pools.repository.ts';

export function poolLive(context: Pick<AppContext, 'realtime' | 'log' | 'db'>, repo: PoolsRepository) {
  return async function publishPool(row: PoolRow, alsoTell: string[] = []) {
    try {
      const pledgers = await repo.pledgesOf(context.db, row.id);
      const userIds = [...new Set([row.organizerUserId, ...alsoTell, ...pledgers.map((pledge) => pledge.userId)])];
      const event: PoolUpdatedEvent = { type: 'pool.updated', pool: liveFacts(row) };
      await context.realtime.publish(userIds, event);
    } catch (error) {
      context.log.warn({ err: error, poolId: row.id }, 'pool live update not sent');
    }
  };
}
