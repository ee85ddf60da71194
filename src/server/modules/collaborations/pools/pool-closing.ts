// The close at the deadline (the `pool-close` job, every minute): each due pool goes ahead when
// its total reached the minimum (all-or-nothing) or lapses, with its final unit price fixed and
// its pledgers and organizer told in the same transaction. The conditional update lets exactly one
// instance close a pool. The organizer's cancel is a close too. The emails follow from claims (`told_at`), so each person is mailed once,
// and a claim whose mail could not be queued is given back for the next run.
import { unitPriceAt } from '../../../../contracts/pool-pricing.ts';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../http/actor.ts';
import { conflict } from '../../../http/errors.ts';
import type { NotificationsService } from '../../notifications/notifications.service.ts';
import { organizerMail, pledgerMail } from './pool-mail.ts';
import { priceOf } from './pools.mapper.ts';
import type { PoolRow } from './pools.repository.ts';
import type { PoolsService } from './pools.service.ts';

export const poolCloseEveryMs = 60_000;

export function poolClosing(
  context: Pick<AppContext, 'mailer' | 'config' | 'log'>,
  pools: PoolsService,
  notifications: Pick<NotificationsService, 'transaction'>,
) {
  const { repo } = pools;

  async function closeOne(id: string, now: Date): Promise<PoolRow | null> {
    return notifications.transaction(async (tx, notices) => {
      const closed = await repo.close(tx, id, now);
      if (!closed) return null;
      const goingAhead = closed.status === 'going-ahead';
      const price = unitPriceAt(priceOf(closed), closed.totalQuantity);
      if (goingAhead) await repo.setFinalPrice(tx, id, price);
      const subject = { type: 'pool', id } as const;
      for (const pledge of await repo.pledgesOf(tx, id))
        await notices.notify({
          userId: pledge.userId,
          kind: goingAhead ? 'pool.going-ahead' : 'pool.lapsed',
          subject,
          facts: { count: pledge.quantity, cents: pledge.quantity * price },
          dedupeKey: `pool.closed:${id}`,
        });
      await notices.notify({
        userId: closed.organizerUserId,
        kind: goingAhead ? 'pool.organizer-going-ahead' : 'pool.organizer-lapsed',
        subject,
        facts: { count: closed.totalQuantity, cents: closed.totalQuantity * price },
        dedupeKey: `pool.closed-organizer:${id}`,
      });
      return { ...closed, finalUnitPrice: goingAhead ? price : null };
    });
  }

  /** Emails everyone a closed or cancelled pool has not yet mailed; answers how many were queued. */
  async function sendCloseMail() {
    const pledges = await repo.claimUntoldPledges();
    const organizers = await repo.claimUntoldOrganizers();
    const poolRows = new Map(
      [...organizers, ...(await repo.findByIds([...new Set(pledges.map((pledge) => pledge.poolId))]))].map((row) => [
        row.id,
        row,
      ]),
    );
    const people = await repo.accountsOf([
      ...pledges.map((pledge) => pledge.userId),
      ...[...poolRows.values()].map((row) => row.organizerUserId),
    ]);
    const nameOf = (userId: string) => people.get(userId)?.name || 'the organizer';
    let queued = 0;
    const attempt = async (
      mail: () => Parameters<typeof context.mailer.queue>[0] | null,
      giveBack: () => Promise<unknown>,
    ) => {
      try {
        const message = mail();
        if (message) await context.mailer.queue(message);
        queued += message ? 1 : 0;
      } catch (error) {
        context.log.warn({ err: error }, 'pool close mail not queued; given back for the next run');
        await giveBack();
      }
    };
    for (const pledge of pledges) {
      const pool = poolRows.get(pledge.poolId)!;
      const person = people.get(pledge.userId);
      await attempt(
        () =>
          person
            ? pledgerMail(context.config.publicUrl, pool, person, pledge.quantity, nameOf(pool.organizerUserId))
            : null,
        () => repo.giveBackPledge(pledge.poolId, pledge.userId),
      );
    }
    for (const pool of organizers) {
      const person = people.get(pool.organizerUserId);
      await attempt(
        () => (person ? organizerMail(context.config.publicUrl, pool, person) : null),
        () => repo.giveBackOrganizer(pool.id),
      );
    }
    return queued;
  }

  return {
    /** The organizer calls an open pool off before its deadline; every pledger is told nothing is owed. */
    async cancel(actor: Actor, id: string) {
      await pools.policy.requireAccess(actor, 'pools.organize', id);
      const cancelled = await notifications.transaction(async (tx, notices) => {
        const row = await repo.cancel(tx, id, new Date());
        if (!row) throw conflict('Only an open pool can be cancelled, before its deadline', 'pool_closed');
        for (const pledge of await repo.pledgesOf(tx, id))
          await notices.notify({
            userId: pledge.userId,
            kind: 'pool.cancelled',
            actor: actor.name,
            subject: { type: 'pool', id },
            dedupeKey: `pool.cancelled:${id}`,
          });
        return row;
      });
      await pools.publish(cancelled);
      await sendCloseMail();
      return pools.get(actor, id);
    },

    /** Closes every pool whose deadline passed by `now`; answers the ids this call closed. */
    async closeDue(now: Date) {
      const closedIds: string[] = [];
      for (const id of await repo.dueIds(now)) {
        const closed = await closeOne(id, now);
        if (!closed) continue;
        closedIds.push(id);
        await pools.publish(closed);
      }
      await sendCloseMail();
      return closedIds;
    },
    sendCloseMail,
  };
}
export type PoolClosing = ReturnType<typeof poolClosing>;
