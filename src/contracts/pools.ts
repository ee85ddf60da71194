// Group purchasing pools (docs/growth.md, Group purchasing pools): the start-a-pool form, a pledge, the pool as a
// member sees it, the list, and the live event the pool page listens for. Money is whole cents.
import { z } from 'zod';
import { memberCardSchema } from './member-card.ts';
import { isoDateTime, line, text } from './fields.ts';
import { postalCodePattern } from './profile.ts';

const postalCode = z
  .string()
  .trim()
  .regex(postalCodePattern, 'must be a US ZIP (12345) or Canadian postal code (A1A 1A1)');

export const poolLimits = { tiers: 5, quantity: 100_000, cents: 10_000_000 } as const;

const cents = z
  .number('must be a number of cents')
  .int('must be whole cents')
  .min(1, 'must be at least 1 cent')
  .max(poolLimits.cents, `must be at most ${poolLimits.cents} cents`);
const quantity = (min: number) =>
  z
    .number('must be a number')
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(poolLimits.quantity, `must be at most ${poolLimits.quantity}`);

export const poolTierSchema = z.object({ minQuantity: quantity(1), unitPrice: cents }).strict();

/** POST /api/pools. Tiers: at most 5, minimums strictly rising, prices strictly falling, each below the list price. */
export const poolCreateSchema = z
  .object({
    title: line(120).min(3, 'must be at least 3 characters'),
    item: line(200).min(1, 'is required'),
    supplier: line(200).min(1, 'is required'),
    description: text(2000).optional(),
    /** Where the order is picked up: lets members nearby find the pool (GET /api/pools?near=). */
    postalCode: postalCode.optional(),
    unitPrice: cents,
    tiers: z.array(poolTierSchema).max(poolLimits.tiers, `must be at most ${poolLimits.tiers} tiers`),
    minimumQuantity: quantity(1),
    deadline: isoDateTime(),
  })
  .strict()
  .superRefine((pool, issues) => {
    pool.tiers.forEach((tier, index) => {
      const before = pool.tiers[index - 1];
      if (tier.unitPrice >= pool.unitPrice)
        issues.addIssue({
          code: 'custom',
          path: ['tiers', index, 'unitPrice'],
          message: 'must be below the unit price',
        });
      if (before && tier.minQuantity <= before.minQuantity)
        issues.addIssue({
          code: 'custom',
          path: ['tiers', index, 'minQuantity'],
          message: 'must be more than the tier before',
        });
      if (before && tier.unitPrice >= before.unitPrice)
        issues.addIssue({
          code: 'custom',
          path: ['tiers', index, 'unitPrice'],
          message: 'must be below the tier before',
        });
    });
  });
export type PoolCreate = z.infer<typeof poolCreateSchema>;

/** POST /api/pools/{id}/pledges: my quantity (0 withdraws). */
export const pledgeSchema = z.object({ quantity: quantity(0) }).strict();
export type Pledge = z.infer<typeof pledgeSchema>;

export const poolStatuses = ['open', 'going-ahead', 'lapsed', 'cancelled'] as const;
export type PoolStatus = (typeof poolStatuses)[number];

export const poolSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  item: z.string(),
  supplier: z.string(),
  description: z.string(),
  /** The list price per unit, in cents (paid below the first tier). */
  listPrice: z.number().int(),
  tiers: z.array(poolTierSchema),
  minimumQuantity: z.number().int(),
  deadline: z.string(),
  /** Until when pledges may be lowered or withdrawn (48 h before the deadline). */
  lowerUntil: z.string(),
  status: z.enum(poolStatuses),
  totalQuantity: z.number().int(),
  pledgeCount: z.number().int(),
  /** The 1-based tier reached by the total, or null below the first tier. */
  currentTier: z.number().int().nullable(),
  /** What one unit costs everyone now (the final price once the pool closed), in cents. */
  unitPrice: z.number().int(),
  minimumReached: z.boolean(),
  organizer: memberCardSchema.nullable(),
  /** Where the order is picked up, when the organizer said; null: not given. */
  place: z.object({ postalCode: z.string(), city: z.string(), region: z.string() }).nullable(),
  /** From `near`, in the query's unit; null without one. */
  distance: z.number().nullable(),
  /** Whether I organize it (order sheet, cancel). */
  mine: z.boolean(),
  myPledge: z.object({ quantity: z.number().int(), amount: z.number().int() }).nullable(),
  /** Hidden by a moderator: only its organizer still sees it (marked so). */
  hidden: z.boolean(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});
export type Pool = z.infer<typeof poolSchema>;

export const poolListQuerySchema = z
  .object({
    scope: z.enum(['open', 'mine'], "must be 'open' or 'mine'").default('open'),
    /** Open pools picked up within `radius` of this postal code, nearest first. */
    near: postalCode.optional(),
    radius: z.coerce.number('must be a number').positive('must be positive').max(500, 'must be at most 500').optional(),
    unit: z.enum(['mi', 'km'], 'must be mi or km').default('mi'),
  })
  .strict();
export type PoolListQuery = z.infer<typeof poolListQuerySchema>;
export const poolListSchema = z.object({ items: z.array(poolSchema) });
export type PoolList = z.infer<typeof poolListSchema>;

/** The live event on the organizer's and pledgers' sockets whenever a pool's total or status changes. */
export type PoolUpdatedEvent = {
  type: 'pool.updated';
  pool: Pick<Pool, 'id' | 'status' | 'totalQuantity' | 'pledgeCount' | 'currentTier' | 'unitPrice' | 'minimumReached'>;
};
