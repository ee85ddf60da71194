// Members' reports of posts, for the circle's organizers.
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { circlePostReports, circlePosts, circleThreads } from '../../../db/schema/index.ts';

export const postReportsRepository = (db: Db) => ({
  /** One report per member and post: reporting again changes nothing (null). */
  insert: async (tx: Pick<Db, 'insert'>, values: typeof circlePostReports.$inferInsert) =>
    (await tx.insert(circlePostReports).values(values).onConflictDoNothing().returning())[0] ?? null,

  /** A circle's reports, open ones first, newest first. */
  ofCircle: async (circleId: string) =>
    db
      .select({ report: circlePostReports, threadId: circlePosts.threadId })
      .from(circlePostReports)
      .innerJoin(circlePosts, eq(circlePosts.id, circlePostReports.postId))
      .innerJoin(circleThreads, eq(circleThreads.id, circlePosts.threadId))
      .where(eq(circleThreads.circleId, circleId))
      .orderBy(desc(isNull(circlePostReports.resolvedAt)), desc(circlePostReports.createdAt))
      .limit(200),

  /** A report on a post of this circle, with its thread. */
  findInCircle: async (circleId: string, reportId: string) =>
    (
      await db
        .select({ report: circlePostReports, threadId: circlePosts.threadId })
        .from(circlePostReports)
        .innerJoin(circlePosts, eq(circlePosts.id, circlePostReports.postId))
        .innerJoin(circleThreads, eq(circleThreads.id, circlePosts.threadId))
        .where(and(eq(circlePostReports.id, reportId), eq(circleThreads.circleId, circleId)))
    )[0] ?? null,

  /** Resolved once: the first moderator's time stays. */
  markResolved: async (reportId: string) =>
    (
      await db
        .update(circlePostReports)
        .set({ resolvedAt: sql`coalesce(${circlePostReports.resolvedAt}, now())` })
        .where(eq(circlePostReports.id, reportId))
        .returning()
    )[0]!,
});
export type PostReportsRepository = ReturnType<typeof postReportsRepository>;
