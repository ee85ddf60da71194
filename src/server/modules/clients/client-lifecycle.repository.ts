// The rows behind a client's end of life: hide a deleted client kept for the retention period, find
// those whose period is over, destroy one (its row, and with it what cascades), and the name of the
// therapist who keeps a record (for an export's heading).
import { and, asc, eq, isNotNull, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { clients, user } from '../../db/schema/index.ts';

export const clientLifecycleRepository = (db: Db) => ({
  /** Hides the client until `destroyAfter`; false when it was already hidden or is gone. */
  hide: async (clientId: string, at: Date, destroyAfter: Date) =>
    (
      await db
        .update(clients)
        .set({ deletedAt: at, destroyAfter, updatedAt: at })
        .where(and(eq(clients.id, clientId), isNull(clients.deletedAt)))
        .returning({ id: clients.id })
    ).length > 0,

  /** Hidden clients whose retention period ended by `now`, oldest first. */
  dueForDestruction: async (now: Date, limit: number): Promise<string[]> =>
    (
      await db
        .select({ id: clients.id })
        .from(clients)
        .where(and(isNotNull(clients.destroyAfter), lte(clients.destroyAfter, now)))
        .orderBy(asc(clients.destroyAfter))
        .limit(limit)
    ).map((row) => row.id),

  /** Deletes the client's row; consents, the access log and other modules' rows with a foreign key cascade. */
  destroy: async (clientId: string) => {
    await db.delete(clients).where(eq(clients.id, clientId));
  },

  exists: async (clientId: string) =>
    (await db.select({ id: clients.id }).from(clients).where(eq(clients.id, clientId)).limit(1)).length > 0,

  therapistName: async (userId: string): Promise<string> =>
    (await db.select({ name: user.name, email: user.email }).from(user).where(eq(user.id, userId)).limit(1)).map(
      (row) => row.name || row.email,
    )[0] ?? '',
});
