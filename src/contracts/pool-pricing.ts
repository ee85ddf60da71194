// The price rule of a group purchasing pool, shared by the server (totals, the order sheet, the
// close) and the web (the tiers table): everyone pays the price of the highest tier whose minimum
// the pool's total reached, or the list price below the first tier. No zod here, so pages can use it.
export type PoolTier = { minQuantity: number; unitPrice: number };
export type PoolPrice = { listPrice: number; tiers: readonly PoolTier[] };

/** The 1-based number of the highest tier reached at this total, or null below the first tier. */
export function tierReached(pool: PoolPrice, totalQuantity: number): number | null {
  let reached: number | null = null;
  pool.tiers.forEach((tier, index) => {
    if (tier.minQuantity <= totalQuantity) reached = index + 1;
  });
  return reached;
}

/** What one unit costs everyone at this total, in cents. */
export function unitPriceAt(pool: PoolPrice, totalQuantity: number): number {
  const tier = tierReached(pool, totalQuantity);
  return tier === null ? pool.listPrice : pool.tiers[tier - 1]!.unitPrice;
}

/** Cents as the sheet and the page show them: "$1,234.50". */
export const formatCents = (cents: number) =>
  `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** Pledges may be lowered or withdrawn only until this long before the deadline (raising: until it). */
export const lowerPledgeCutoffMs = 48 * 60 * 60 * 1000;
