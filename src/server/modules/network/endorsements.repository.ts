// Endorsements of a connection's specialties and modalities, and the counts a profile shows.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { endorsements } from '../../db/schema/index.ts';

export type EndorsementRow = typeof endorsements.$inferSelect;

export const endorsementsRepository = (db: Db) => ({
  findByEndorser: (endorserUserId: string) =>
    db.select().from(endorsements).where(eq(endorsements.endorserUserId, endorserUserId)),

  /** Inserts once per endorser, member, kind and key; null when it already exists (a double click gets one). */
  insert: async (values: {
    connectionId: string;
    endorserUserId: string;
    endorsedUserId: string;
    kind: string;
    key: string;
  }) => (await db.insert(endorsements).values(values).onConflictDoNothing().returning())[0] ?? null,

  findById: async (id: string) => (await db.select().from(endorsements).where(eq(endorsements.id, id)))[0] ?? null,

  /** False when it was already gone (withdrawn twice at once, or with its connection). */
  delete: async (id: string) =>
    (await db.delete(endorsements).where(eq(endorsements.id, id)).returning({ id: endorsements.id })).length > 0,

  countsFor: (endorsedUserId: string) =>
    db
      .select({ kind: endorsements.kind, key: endorsements.key, count: sql<number>`count(*)::int` })
      .from(endorsements)
      .where(eq(endorsements.endorsedUserId, endorsedUserId))
      .groupBy(endorsements.kind, endorsements.key),
});
