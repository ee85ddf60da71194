// Who gets a follow-up digest today, and the claim that makes sure only one instance sends it.
import { and, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { contacts, followUpDigests, user } from '../../db/schema/index.ts';

export const followUpDigestsRepository = (db: Db) => ({
  /** Members with a follow-up due on or before `day` whose digest for `day` has not gone out. */
  findRecipients: (day: string) =>
    db
      .selectDistinct({ userId: user.id, email: user.email, name: user.name })
      .from(contacts)
      .innerJoin(user, eq(user.id, contacts.ownerUserId))
      .where(
        and(
          lte(contacts.followUpOn, day),
          sql`not exists (select 1 from ${followUpDigests} d where d.user_id = ${contacts.ownerUserId} and d.day = ${day}::date)`,
        ),
      ),

  /** True for the one caller that records (member, day) first. */
  claim: async (userId: string, day: string) =>
    (await db.insert(followUpDigests).values({ userId, day }).onConflictDoNothing().returning({ userId: followUpDigests.userId })).length > 0,

  /** Gives a claim back when the message could not even be queued, so a later run sends it. */
  release: (userId: string, day: string) => db.delete(followUpDigests).where(and(eq(followUpDigests.userId, userId), eq(followUpDigests.day, day))),
});
