// Couples-massage partner requests: a date and a place (a postal code's centroid), found by
// distance with the directory's own distance code (db/distance.ts: the gist index, then the exact circle).
import { and, asc, eq, gte, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { distanceSearch, type GeoPoint } from '../../../db/distance.ts';
import { couplesRequests } from '../../../db/schema/index.ts';

export type CouplesRow = typeof couplesRequests.$inferSelect;
const distance = distanceSearch({ lat: couplesRequests.lat, lng: couplesRequests.lng });

export const couplesRepository = (db: Db) => ({
  findVisible: async (id: string) =>
    (
      await db
        .select()
        .from(couplesRequests)
        .where(and(eq(couplesRequests.id, id), isNull(couplesRequests.hiddenAt)))
    )[0] ?? null,

  findAny: async (id: string) => (await db.select().from(couplesRequests).where(eq(couplesRequests.id, id)))[0] ?? null,

  insert: async (values: typeof couplesRequests.$inferInsert) =>
    (await db.insert(couplesRequests).values(values).returning())[0]!,

  /** Open requests from `today` on (not hidden), nearest first when searched near a point, else soonest. */
  search: (filter: { today: string; date?: string; near?: GeoPoint & { meters: number } }) => {
    const where: SQL[] = [isNull(couplesRequests.hiddenAt), gte(couplesRequests.onDate, filter.today)];
    if (filter.date) where.push(eq(couplesRequests.onDate, filter.date));
    if (filter.near) where.push(distance.within(filter.near, filter.near.meters));
    return db
      .select({
        row: couplesRequests,
        meters: (filter.near ? distance.metersFrom(filter.near) : sql<number | null>`null::float8`).as('meters'),
      })
      .from(couplesRequests)
      .where(and(...where))
      .orderBy(...(filter.near ? [distance.nearestFirst(filter.near)] : []), asc(couplesRequests.onDate))
      .limit(50);
  },

  setHidden: (id: string, hidden: boolean) =>
    db
      .update(couplesRequests)
      .set({ hiddenAt: hidden ? sql`now()` : null })
      .where(eq(couplesRequests.id, id)),
});
export type CouplesRepository = ReturnType<typeof couplesRepository>;
