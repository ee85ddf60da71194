// Whether a member may hold a session now, as sign-in asks it (auth/auth.ts refuses a new session
// to a suspended member). The suspensions themselves are the moderation module's
// (moderation/moderation.repository.ts writes them).
import { and, eq, gt, isNull, or } from 'drizzle-orm';
import type { Db } from './client.ts';
import { memberSuspensions } from './schema/index.ts';

export const memberStandingRepository = (db: Db) => ({
  /** The suspension in force for this member (until: null for an indefinite one), or null. */
  activeSuspension: async (userId: string) =>
    (
      await db
        .select({ until: memberSuspensions.until })
        .from(memberSuspensions)
        .where(
          and(
            eq(memberSuspensions.userId, userId),
            or(isNull(memberSuspensions.until), gt(memberSuspensions.until, new Date())),
          ),
        )
    )[0] ?? null,
});
