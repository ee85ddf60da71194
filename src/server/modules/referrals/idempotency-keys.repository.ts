// Idempotency keys (db/schema/idempotency.ts). `claim` runs on the create's own transaction: of two
// requests racing with one key, the second's INSERT waits for the first to commit and then finds
// the key taken, so exactly one resource is made.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { idempotencyKeys } from '../../db/schema/index.ts';

export type IdempotencyKey = { scope: string; userId: string; key: string };

const byKey = ({ scope, userId, key }: IdempotencyKey) =>
  and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key));

export const idempotencyKeysRepository = (db: Db) => ({
  /** What this key already made and the hash of the request it came with; null when the key is new (or its create rolled back). */
  find: async (key: IdempotencyKey) =>
    (
      await db
        .select({ resourceId: idempotencyKeys.resourceId, requestHash: idempotencyKeys.requestHash })
        .from(idempotencyKeys)
        .where(byKey(key))
    )[0] ?? null,

  /** Takes the key for this transaction, with its request's hash; false when another request holds or has used it. */
  claim: async (key: IdempotencyKey, requestHash: string) =>
    (
      await db
        .insert(idempotencyKeys)
        .values({ ...key, requestHash })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key })
    ).length > 0,

  /** Records what the claimed key made (same transaction as the claim and the resource). */
  settle: async (key: IdempotencyKey, resourceId: string) => {
    await db.update(idempotencyKeys).set({ resourceId }).where(byKey(key));
  },
});
