// A member's email preferences (a row only once they changed something) and the hourly claim for
// batched email, which lives on the same row.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { notificationPreferences, type NotificationEmailMode } from '../../db/schema/index.ts';

export type StoredPreferences = { email: Record<string, NotificationEmailMode>; weeklyDigest: boolean };

export const notificationPreferencesRepository = (db: Db) => ({
  find: async (userId: string): Promise<StoredPreferences | null> => {
    const [row] = await db
      .select({ email: notificationPreferences.email, weeklyDigest: notificationPreferences.weeklyDigest })
      .from(notificationPreferences)
      .where(eq(notificationPreferences.userId, userId));
    return row ?? null;
  },

  /** Merges the changed categories into what is stored (jsonb ||), so concurrent edits of different categories both stick. */
  upsert: async (userId: string, change: { email?: Record<string, NotificationEmailMode>; weeklyDigest?: boolean }) => {
    const email = change.email ?? {};
    await db
      .insert(notificationPreferences)
      .values({ userId, email, weeklyDigest: change.weeklyDigest ?? true })
      .onConflictDoUpdate({
        target: notificationPreferences.userId,
        set: {
          email: sql`${notificationPreferences.email} || ${JSON.stringify(email)}::jsonb`,
          weeklyDigest: change.weeklyDigest ?? sql`${notificationPreferences.weeklyDigest}`,
          updatedAt: sql`now()`,
        },
      });
  },

  /**
   * True for the one caller that may send this member's batched email now: at most one an hour,
   * decided by a conditional UPDATE so two instances never both send.
   */
  claimBatchSlot: async (userId: string, now: Date) => {
    const at = now.toISOString();
    await db.insert(notificationPreferences).values({ userId }).onConflictDoNothing();
    const claimed = await db
      .update(notificationPreferences)
      .set({ lastBatchedAt: sql`${at}::timestamptz` })
      .where(
        sql`${notificationPreferences.userId} = ${userId} and (${notificationPreferences.lastBatchedAt} is null or ${notificationPreferences.lastBatchedAt} <= ${at}::timestamptz - interval '1 hour')`,
      )
      .returning({ userId: notificationPreferences.userId });
    return claimed.length > 0;
  },

  /** Frees the hour again when the batched email it was claimed for could not be queued. */
  releaseBatchSlot: (userId: string) =>
    db.update(notificationPreferences).set({ lastBatchedAt: null }).where(eq(notificationPreferences.userId, userId)),
});
