// Fixed-window counters in the database, shared by every app instance (an in-memory counter
// would let an attacker multiply the limit by the number of instances).
import { eq, sql } from 'drizzle-orm';
import type { Db } from './client.ts';
import { rateLimitHits } from './schema/index.ts';

export const rateLimitRepository = (db: Db) => ({
  /** Adds one hit and returns the window's count and when it resets; atomic under concurrency. */
  hit: async (key: string, windowSeconds: number) => {
    const [row] = await db
      .insert(rateLimitHits)
      .values({ key, count: 1, resetAt: sql`now() + make_interval(secs => ${windowSeconds})` })
      .onConflictDoUpdate({
        target: rateLimitHits.key,
        set: {
          count: sql`CASE WHEN ${rateLimitHits.resetAt} <= now() THEN 1 ELSE ${rateLimitHits.count} + 1 END`,
          resetAt: sql`CASE WHEN ${rateLimitHits.resetAt} <= now() THEN now() + make_interval(secs => ${windowSeconds}) ELSE ${rateLimitHits.resetAt} END`,
        },
      })
      .returning({ count: rateLimitHits.count, resetAt: rateLimitHits.resetAt });
    return { count: row!.count, resetAt: new Date(row!.resetAt) };
  },
  peek: async (key: string) => {
    const [row] = await db
      .select({ count: rateLimitHits.count, resetAt: rateLimitHits.resetAt })
      .from(rateLimitHits)
      .where(eq(rateLimitHits.key, key));
    if (!row || new Date(row.resetAt) <= new Date()) return { count: 0, resetAt: null };
    return { count: row.count, resetAt: new Date(row.resetAt) };
  },
  clear: (key: string) => db.delete(rateLimitHits).where(eq(rateLimitHits.key, key)),
});
