// The board's posts. Search near a place is db/distance.ts (the box, the exact circle, the nearest
// page by KNN) over partial gist indexes that hold only open, unhidden posts — one per kind, so a
// kind filter walks only that kind's points (see the schema). The searchable predicate and the kind
// are written as literal SQL for that reason: a partial index is used only when the planner can see
// the query implies its WHERE.
import { and, desc, eq, isNotNull, like, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { distanceSearch, type GeoPoint } from '../../db/distance.ts';
import { opportunities, searchablePostSql } from '../../db/schema/index.ts';
import type { OpportunityKind } from '../../../contracts/opportunities.ts';
import { opportunityKinds } from '../../../contracts/opportunity-words.ts';

export type OpportunityRow = typeof opportunities.$inferSelect;
export type OpportunityInsert = typeof opportunities.$inferInsert;

export type OpportunitySearch = {
  near?: (GeoPoint & { meters: number }) | undefined;
  kind?: OpportunityKind | undefined;
  /** Lower-case words, each matched anywhere in the title or description. */
  words: string[];
  /** With `near`: remote posts as well, after the nearby ones. Without: remote posts only. */
  remote: boolean;
  /** Posts expiring before this day are not shown even before the expiry job archives them. */
  today: string;
  limit: number;
  offset: number;
};

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);
const distance = distanceSearch({ lat: opportunities.lat, lng: opportunities.lng });

function kindLiteral(kind: OpportunityKind) {
  // Checked against the list (the route's schema already did): the value is never raw input.
  if (!Object.hasOwn(opportunityKinds, kind)) throw new Error(`unknown kind ${kind}`);
  return sql.raw(`"opportunities"."kind" = '${kind}'`);
}

function common(search: OpportunitySearch): SQL[] {
  const where: SQL[] = [sql.raw(searchablePostSql), sql`${opportunities.expiresOn} >= ${search.today}::date`];
  if (search.kind) where.push(kindLiteral(search.kind));
  for (const word of search.words) where.push(like(opportunities.searchText, `%${escapeLike(word)}%`));
  return where;
}

export const searchText = (title: string, description: string) => `${title} ${description}`.toLowerCase();

/** The nearby part of a search near a place, nearest first (exported so the benchmark runs the very same SQL). */
export function nearbyPageQuery(db: Db, search: OpportunitySearch & { near: NonNullable<OpportunitySearch['near']> }) {
  const { near } = search;
  return db
    .select({ row: opportunities, meters: distance.metersFrom(near) })
    .from(opportunities)
    .where(
      and(
        ...common(search),
        isNotNull(opportunities.lat),
        isNotNull(opportunities.lng),
        distance.within(near, near.meters),
      ),
    )
    .orderBy(distance.nearestFirst(near))
    .limit(search.offset + search.limit + 1);
}

/** One page (plus one row, to tell whether another follows) of the search, with metres from `near`. */
export async function opportunitySearchPage(db: Db, search: OpportunitySearch) {
  const wanted = search.offset + search.limit + 1;
  const { near } = search;
  if (!near) {
    return db
      .select({ row: opportunities, meters: sql<number | null>`null::float8` })
      .from(opportunities)
      .where(and(...common(search), search.remote ? eq(opportunities.remote, true) : undefined))
      .orderBy(desc(opportunities.createdAt), desc(opportunities.id))
      .limit(search.limit + 1)
      .offset(search.offset);
  }
  const nearby = await nearbyPageQuery(db, { ...search, near });
  // Remote posts come after the nearby ones (newest first), leaving out any already nearby.
  const remote = search.remote
    ? await db
        .select({ row: opportunities, meters: sql<number | null>`null::float8` })
        .from(opportunities)
        .where(
          and(
            ...common(search),
            eq(opportunities.remote, true),
            sql`not coalesce(${opportunities.lat} is not null and ${distance.within(near, near.meters)}, false)`,
          ),
        )
        .orderBy(desc(opportunities.createdAt), desc(opportunities.id))
        .limit(wanted)
    : [];
  return [...nearby, ...remote].slice(search.offset, wanted);
}

export const opportunitiesRepository = (db: Db) => ({
  search: (search: OpportunitySearch) => opportunitySearchPage(db, search),

  insert: async (values: OpportunityInsert) => (await db.insert(opportunities).values(values).returning())[0]!,

  findById: async (id: string) => (await db.select().from(opportunities).where(eq(opportunities.id, id)))[0] ?? null,

  findByAuthor: (userId: string) =>
    db
      .select()
      .from(opportunities)
      .where(eq(opportunities.authorUserId, userId))
      .orderBy(desc(opportunities.createdAt))
      .limit(200),

  update: async (id: string, values: Partial<OpportunityInsert>) =>
    (
      await db
        .update(opportunities)
        .set({ ...values, updatedAt: sql`now()` })
        .where(eq(opportunities.id, id))
        .returning()
    )[0] ?? null,

  /** Closes an open post; null when it was not open (already closed or archived). */
  close: async (id: string) =>
    (
      await db
        .update(opportunities)
        .set({ status: 'closed', closedAt: sql`now()`, updatedAt: sql`now()` })
        .where(and(eq(opportunities.id, id), eq(opportunities.status, 'open')))
        .returning()
    )[0] ?? null,

  remove: (id: string) => db.delete(opportunities).where(eq(opportunities.id, id)),

  setHidden: (id: string, hidden: boolean) =>
    db
      .update(opportunities)
      .set({ hidden, updatedAt: sql`now()` })
      .where(eq(opportunities.id, id)),

  /** Archives every open post whose last day is before `today`; answers their ids. */
  archiveExpired: async (today: string) =>
    (
      await db
        .update(opportunities)
        .set({ status: 'archived', updatedAt: sql`now()` })
        .where(and(eq(opportunities.status, 'open'), sql`${opportunities.expiresOn} < ${today}::date`))
        .returning({ id: opportunities.id })
    ).map((row) => row.id),
});
export type OpportunitiesRepository = ReturnType<typeof opportunitiesRepository>;
