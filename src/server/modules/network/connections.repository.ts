// Connections between members. Every lookup that serves a request is scoped to one of the two
// sides, so a connection that is not yours is simply not found.
import { and, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { connections } from '../../db/schema/index.ts';

export type ConnectionRow = typeof connections.$inferSelect;

const involves = (userId: string) =>
  or(eq(connections.requesterUserId, userId), eq(connections.addresseeUserId, userId));
const pair = (a: string, b: string) =>
  or(
    and(eq(connections.requesterUserId, a), eq(connections.addresseeUserId, b)),
    and(eq(connections.requesterUserId, b), eq(connections.addresseeUserId, a)),
  );

export const connectionsRepository = (db: Db) => ({
  findInvolving: async (userId: string, id: string) =>
    (
      await db
        .select()
        .from(connections)
        .where(and(eq(connections.id, id), involves(userId)))
    )[0] ?? null,

  findPair: async (a: string, b: string) => (await db.select().from(connections).where(pair(a, b)))[0] ?? null,

  /** My connections (or just one), newest first. */
  findAll: (userId: string, onlyId?: string) =>
    db
      .select()
      .from(connections)
      .where(and(involves(userId), onlyId ? eq(connections.id, onlyId) : undefined))
      .orderBy(sql`${connections.createdAt} desc`, connections.id),

  /** Accepted connections: the other side's id and whether I marked them trusted. */
  findAcceptedPartners: (userId: string) =>
    db
      .select({
        partnerId: sql<string>`case when ${connections.requesterUserId} = ${userId} then ${connections.addresseeUserId} else ${connections.requesterUserId} end`,
        trusted: sql<boolean>`case when ${connections.requesterUserId} = ${userId} then ${connections.requesterTrusted} else ${connections.addresseeTrusted} end`,
      })
      .from(connections)
      .where(and(involves(userId), eq(connections.status, 'accepted'))),

  /** Inserts a pending request; null when the pair already has a row (the unique pair index decides races). */
  insertRequest: async (requesterUserId: string, addresseeUserId: string) =>
    (await db.insert(connections).values({ requesterUserId, addresseeUserId }).onConflictDoNothing().returning())[0] ??
    null,

  /** pending → accepted, only by the addressee; null when it was not theirs or not pending (a double accept gets one row). */
  accept: async (addresseeUserId: string, id: string) =>
    (
      await db
        .update(connections)
        .set({ status: 'accepted', acceptedAt: sql`now()` })
        .where(
          and(
            eq(connections.id, id),
            eq(connections.addresseeUserId, addresseeUserId),
            eq(connections.status, 'pending'),
          ),
        )
        .returning()
    )[0] ?? null,

  /** Sets only the caller's own mark. */
  setTrusted: async (userId: string, id: string, trusted: boolean) =>
    (
      await db
        .update(connections)
        .set({
          requesterTrusted: sql`case when ${connections.requesterUserId} = ${userId} then ${trusted} else ${connections.requesterTrusted} end`,
          addresseeTrusted: sql`case when ${connections.addresseeUserId} = ${userId} then ${trusted} else ${connections.addresseeTrusted} end`,
        })
        .where(and(eq(connections.id, id), involves(userId)))
        .returning()
    )[0] ?? null,

  /** Runs `work` in one transaction, with a database handle bound to it for other repositories. */
  inTransaction: <T>(work: (tx: Db) => Promise<T>) => db.transaction((tx) => work(tx as unknown as Db)),

  delete: async (userId: string, id: string) =>
    (
      await db
        .delete(connections)
        .where(and(eq(connections.id, id), involves(userId)))
        .returning({ id: connections.id })
    ).length > 0,
});
