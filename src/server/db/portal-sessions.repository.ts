// Portal sessions as the actor resolver needs them (http/actor.ts): find a live session by its
// token's hash with the records its account may open, and mark it seen. The rest of the portal's
// tables are the client-portal module's (client-portal/portal.repository.ts).
import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from './client.ts';
import { portalAccess, portalAccounts, portalSessions } from './schema/index.ts';

export type LivePortalSession = {
  sessionId: string;
  accountId: string;
  email: string;
  lastSeenAt: Date;
  records: { clientId: string; memberUserId: string }[];
};

export const portalSessionsRepository = (db: Db) => ({
  /** The session when it is neither idle past `idleSince` nor expired, with its account's open records. */
  async findLive(tokenHash: string, idleSince: Date): Promise<LivePortalSession | null> {
    const [row] = await db
      .select({
        sessionId: portalSessions.id,
        accountId: portalSessions.accountId,
        email: portalAccounts.email,
        lastSeenAt: portalSessions.lastSeenAt,
      })
      .from(portalSessions)
      .innerJoin(portalAccounts, eq(portalAccounts.id, portalSessions.accountId))
      .where(
        and(
          eq(portalSessions.tokenHash, tokenHash),
          gt(portalSessions.lastSeenAt, idleSince),
          gt(portalSessions.expiresAt, sql`now()`),
        ),
      );
    if (!row) return null;
    const records = await db
      .select({ clientId: portalAccess.clientId, memberUserId: portalAccess.memberUserId })
      .from(portalAccess)
      .where(and(eq(portalAccess.accountId, row.accountId), isNull(portalAccess.endedAt)));
    return { ...row, lastSeenAt: new Date(row.lastSeenAt), records };
  },
  /** Activity keeps the session alive; written at most once in `everyMs` so reads stay reads. */
  async touch(sessionId: string, olderThan: Date) {
    await db
      .update(portalSessions)
      .set({ lastSeenAt: sql`now()` })
      .where(and(eq(portalSessions.id, sessionId), lt(portalSessions.lastSeenAt, olderThan)));
  },
});
