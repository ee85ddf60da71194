// Saved searches and their alerts. A post is matched against every saved search in SQL (the same
// distance code as search, the saved search's point being the row); each match is claimed by an
// insert that only one caller can win, so a post alerts a search at most once.
import { and, asc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { distanceSearch } from '../../db/distance.ts';
import { opportunities, opportunityAlerts, opportunitySavedSearches, user } from '../../db/schema/index.ts';
import type { OpportunityRow } from './opportunities.repository.ts';

export type SavedSearchRow = typeof opportunitySavedSearches.$inferSelect;
const fromSearch = distanceSearch({ lat: opportunitySavedSearches.lat, lng: opportunitySavedSearches.lng });

export const savedSearchesRepository = (db: Db) => ({
  insert: async (values: typeof opportunitySavedSearches.$inferInsert) =>
    (await db.insert(opportunitySavedSearches).values(values).returning())[0]!,

  findByUser: (userId: string) =>
    db
      .select()
      .from(opportunitySavedSearches)
      .where(eq(opportunitySavedSearches.userId, userId))
      .orderBy(asc(opportunitySavedSearches.createdAt)),

  countByUser: async (userId: string) =>
    (
      await db
        .select({ count: sql<number>`count(*)::int` })
        .from(opportunitySavedSearches)
        .where(eq(opportunitySavedSearches.userId, userId))
    )[0]?.count ?? 0,

  findById: async (id: string) =>
    (await db.select().from(opportunitySavedSearches).where(eq(opportunitySavedSearches.id, id)))[0] ?? null,

  remove: (id: string) => db.delete(opportunitySavedSearches).where(eq(opportunitySavedSearches.id, id)),

  /** Listed posts the alert pass has not matched yet, oldest first. */
  findUnmatched: (today: string, limit: number) =>
    db
      .select()
      .from(opportunities)
      .where(
        and(
          isNull(opportunities.alertsMatchedAt),
          eq(opportunities.status, 'open'),
          eq(opportunities.hidden, false),
          sql`${opportunities.expiresOn} >= ${today}::date`,
        ),
      )
      .orderBy(asc(opportunities.createdAt))
      .limit(limit),

  /** The saved searches (with their owners' email) this post matches; never the author's own. */
  findMatching: (post: OpportunityRow) => {
    const point = post.lat !== null && post.lng !== null ? { lat: post.lat, lng: post.lng } : null;
    return db
      .select({ search: opportunitySavedSearches, email: user.email })
      .from(opportunitySavedSearches)
      .innerJoin(user, eq(user.id, opportunitySavedSearches.userId))
      .where(
        and(
          ne(opportunitySavedSearches.userId, post.authorUserId),
          or(isNull(opportunitySavedSearches.kind), eq(opportunitySavedSearches.kind, post.kind)),
          // Every word of the saved text (stored lower-case, single-spaced) appears in the post, as search's `q` asks.
          or(
            isNull(opportunitySavedSearches.q),
            sql`not exists (select 1 from unnest(string_to_array(${opportunitySavedSearches.q}, ' ')) word where position(word in ${post.searchText}) = 0)`,
          ),
          // Anywhere; or within the radius; or remote when the search takes remote posts.
          or(
            isNull(opportunitySavedSearches.lat),
            point ? sql`${fromSearch.metersFrom(point)} <= ${opportunitySavedSearches.radiusMeters}` : sql`false`,
            post.remote ? eq(opportunitySavedSearches.remote, true) : sql`false`,
          ),
        ),
      );
  },

  /** Claims the alert of this post for this search: true for the one caller that inserted it. */
  claimAlert: async (savedSearchId: string, opportunityId: string, sent: boolean) =>
    (
      await db
        .insert(opportunityAlerts)
        .values({ savedSearchId, opportunityId, sentAt: sent ? sql`now()` : null })
        .onConflictDoNothing()
        .returning({ savedSearchId: opportunityAlerts.savedSearchId })
    ).length === 1,

  /** Gives a claimed alert back (its mail could not be queued), for the next pass. */
  releaseAlert: (savedSearchId: string, opportunityId: string) =>
    db
      .delete(opportunityAlerts)
      .where(
        and(eq(opportunityAlerts.savedSearchId, savedSearchId), eq(opportunityAlerts.opportunityId, opportunityId)),
      ),

  markMatched: (id: string) =>
    db
      .update(opportunities)
      .set({ alertsMatchedAt: sql`now()` })
      .where(eq(opportunities.id, id)),

  /** Daily searches with alerts waiting, not yet digested today. */
  findDigestsDue: (today: string) =>
    db
      .selectDistinct({ search: opportunitySavedSearches, email: user.email })
      .from(opportunitySavedSearches)
      .innerJoin(user, eq(user.id, opportunitySavedSearches.userId))
      .innerJoin(opportunityAlerts, eq(opportunityAlerts.savedSearchId, opportunitySavedSearches.id))
      .where(
        and(
          eq(opportunitySavedSearches.frequency, 'daily'),
          isNull(opportunityAlerts.sentAt),
          or(
            isNull(opportunitySavedSearches.lastDigestOn),
            sql`${opportunitySavedSearches.lastDigestOn} < ${today}::date`,
          ),
        ),
      ),

  /** Claims today's digest of one search: true for the one caller that moved the day. */
  claimDigest: async (id: string, today: string) =>
    (
      await db
        .update(opportunitySavedSearches)
        .set({ lastDigestOn: today })
        .where(
          and(
            eq(opportunitySavedSearches.id, id),
            or(
              isNull(opportunitySavedSearches.lastDigestOn),
              sql`${opportunitySavedSearches.lastDigestOn} < ${today}::date`,
            ),
          ),
        )
        .returning({ id: opportunitySavedSearches.id })
    ).length === 1,

  /** Marks this search's waiting alerts sent; answers the posts they were about, still listed ones only. */
  takePending: async (savedSearchId: string) => {
    const taken = await db
      .update(opportunityAlerts)
      .set({ sentAt: sql`now()` })
      .where(and(eq(opportunityAlerts.savedSearchId, savedSearchId), isNull(opportunityAlerts.sentAt)))
      .returning({ opportunityId: opportunityAlerts.opportunityId });
    const ids = taken.map((row) => row.opportunityId);
    if (ids.length === 0) return [];
    return db
      .select({ id: opportunities.id, title: opportunities.title, kind: opportunities.kind })
      .from(opportunities)
      .where(and(inArray(opportunities.id, ids), eq(opportunities.status, 'open'), eq(opportunities.hidden, false)))
      .orderBy(asc(opportunities.createdAt));
  },

  inTransaction: <T>(work: (tx: Db) => Promise<T>) => db.transaction((tx) => work(tx as unknown as Db)),
});
export type SavedSearchesRepository = ReturnType<typeof savedSearchesRepository>;
