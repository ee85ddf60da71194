// A pool row as a member sees it: the price reached by the running total (the final price once
// closed), my pledge and what it costs me, and the organizer's card.
import type { MemberCard } from '../../../../contracts/member-card.ts';
import { lowerPledgeCutoffMs, tierReached, unitPriceAt } from '../../../../contracts/pool-pricing.ts';
import type { Pool, PoolStatus, PoolUpdatedEvent } from '../../../../contracts/pools.ts';
import type { PoolRow } from './pools.repository.ts';

export const priceOf = (row: PoolRow) => ({ listPrice: row.listPrice, tiers: row.tiers });

/** The unit price everyone pays: fixed at the close, else what the total reaches now. */
export const currentUnitPrice = (row: PoolRow) => row.finalUnitPrice ?? unitPriceAt(priceOf(row), row.totalQuantity);

export const liveFacts = (row: PoolRow): PoolUpdatedEvent['pool'] => ({
  id: row.id,
  status: row.status as PoolStatus,
  totalQuantity: row.totalQuantity,
  pledgeCount: row.pledgeCount,
  currentTier: tierReached(priceOf(row), row.totalQuantity),
  unitPrice: currentUnitPrice(row),
  minimumReached: row.totalQuantity >= row.minimumQuantity,
});

export function toPool(
  row: PoolRow,
  viewerId: string,
  myQuantity: number | undefined,
  organizer: MemberCard | undefined,
): Pool {
  const facts = liveFacts(row);
  return {
    ...facts,
    title: row.title,
    item: row.item,
    supplier: row.supplier,
    description: row.description,
    listPrice: row.listPrice,
    tiers: row.tiers,
    minimumQuantity: row.minimumQuantity,
    deadline: row.deadline.toISOString(),
    lowerUntil: new Date(row.deadline.getTime() - lowerPledgeCutoffMs).toISOString(),
    organizer: organizer
      ? { slug: organizer.slug, displayName: organizer.displayName, profession: organizer.profession }
      : null,
    place: row.postalCode ? { postalCode: row.postalCode, city: row.city, region: row.region } : null,
    distance: null,
    mine: row.organizerUserId === viewerId,
    myPledge: myQuantity ? { quantity: myQuantity, amount: myQuantity * facts.unitPrice } : null,
    hidden: row.hidden,
    createdAt: row.createdAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}
