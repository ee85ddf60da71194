// Who gets a follow-up digest today, and the claim that makes sure only one instance sends it.
import { and, eq, lte, min } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { contacts, followUpDigests, profiles, user } from '../../db/schema/index.ts';

export const followUpDigestsRepository = (db: Db) => ({
  /**
   * Members with a follow-up due on or before `latestDay` (the latest calendar day anywhere now),
   * with their zone and earliest due day; the caller decides on each member's own day.
   */
  findRecipients: (latestDay: string) =>
    db
      .select({
        userId: user.id,
        email: user.email,
        name: user.name,
        timeZone: profiles.timeZone,
        earliest: min(contacts.followUpOn),
      })
      .from(contacts)
      .innerJoin(user, eq(user.id, contacts.ownerUserId))
      .leftJoin(profiles, eq(profiles.userId, user.id))
      .where(lte(contacts.followUpOn, latestDay))
      .groupBy(user.id, user.email, user.name, profiles.timeZone),

  /** True for the one caller that records (member, day) first. */
  claim: async (userId: string, day: string) =>
    (
      await db
        .insert(followUpDigests)
        .values({ userId, day })
        .onConflictDoNothing()
        .returning({ userId: followUpDigests.userId })
    ).length > 0,

  /** Gives a claim back when the message could not even be queued, so a later run sends it. */
  release: (userId: string, day: string) =>
    db.delete(followUpDigests).where(and(eq(followUpDigests.userId, userId), eq(followUpDigests.day, day))),
});
