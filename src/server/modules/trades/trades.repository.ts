// Trades and their sessions. Reads are scoped to a party of the trade; every change runs inside
// the caller's transaction after `lockForParty`, so transitions on one trade happen one at a time,
// and each write is also guarded by the state it expects (UPDATE … WHERE status = … RETURNING).
import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { tradeNotes, tradeSessions, trades, user } from '../../db/schema/index.ts';

/** A transaction handle or the database itself: repositories run inside the service's transaction. */
export type Tx = Pick<Db, 'select' | 'insert' | 'update' | 'execute'>;
export type TradeRow = typeof trades.$inferSelect;
export type SessionRow = typeof tradeSessions.$inferSelect;
export type NoteRow = typeof tradeNotes.$inferSelect;

const isParty = (userId: string) => or(eq(trades.proposerUserId, userId), eq(trades.partnerUserId, userId));

export const tradesRepository = (db: Db) => ({
  transaction: <T>(work: (tx: Db) => Promise<T>) => db.transaction(async (tx) => work(tx as unknown as Db)),

  insert: async (tx: Tx, values: typeof trades.$inferInsert) =>
    (await tx.insert(trades).values(values).returning())[0]!,

  findForParty: async (userId: string, id: string) =>
    (
      await db
        .select()
        .from(trades)
        .where(and(eq(trades.id, id), isParty(userId)))
    )[0] ?? null,

  /** Takes the trade's row lock: concurrent transitions on one trade wait for each other. */
  lockForParty: async (tx: Tx, userId: string, id: string) =>
    (
      await tx
        .select()
        .from(trades)
        .where(and(eq(trades.id, id), isParty(userId)))
        .for('update')
    )[0] ?? null,

  listForParty: (userId: string) =>
    db.select().from(trades).where(isParty(userId)).orderBy(desc(trades.updatedAt), desc(trades.createdAt)),

  /** Changes the trade only if it is still in one of `from`; null when another change came first. */
  update: async (tx: Tx, id: string, from: readonly string[], values: Partial<typeof trades.$inferInsert>) =>
    (
      await tx
        .update(trades)
        .set({ ...values, updatedAt: sql`now()` })
        .where(and(eq(trades.id, id), inArray(trades.status, [...from])))
        .returning()
    )[0] ?? null,

  insertSessions: (tx: Tx, rows: (typeof tradeSessions.$inferInsert)[]) => tx.insert(tradeSessions).values(rows),

  sessionsOf: (tx: Tx, tradeIds: string[]) =>
    tradeIds.length === 0
      ? Promise.resolve([] as SessionRow[])
      : tx.select().from(tradeSessions).where(inArray(tradeSessions.tradeId, tradeIds)).orderBy(asc(tradeSessions.id)),

  /** Changes one session only if it is still in one of `from`; null otherwise. */
  updateSession: async (
    tx: Tx,
    id: string,
    from: readonly string[],
    values: Partial<typeof tradeSessions.$inferInsert>,
  ) =>
    (
      await tx
        .update(tradeSessions)
        .set(values)
        .where(and(eq(tradeSessions.id, id), inArray(tradeSessions.status, [...from])))
        .returning()
    )[0] ?? null,

  /** Ends every session not already settled (a cancelled trade). */
  cancelOpenSessions: (tx: Tx, tradeId: string) =>
    tx
      .update(tradeSessions)
      .set({ status: 'cancelled' })
      .where(and(eq(tradeSessions.tradeId, tradeId), inArray(tradeSessions.status, ['unscheduled', 'scheduled']))),

  notesOf: (tradeIds: string[]) =>
    tradeIds.length === 0
      ? Promise.resolve([] as NoteRow[])
      : db.select().from(tradeNotes).where(inArray(tradeNotes.tradeId, tradeIds)),

  upsertNotes: async (
    tradeId: string,
    authorUserId: string,
    values: { privateNote?: string; sharedFeedback?: string },
  ) =>
    db
      .insert(tradeNotes)
      .values({ tradeId, authorUserId, ...values })
      .onConflictDoUpdate({
        target: [tradeNotes.tradeId, tradeNotes.authorUserId],
        set: { ...values, updatedAt: sql`now()` },
      }),

  /** The account email of each member (where session invites go), by user id. */
  accountEmails: async (userIds: string[]): Promise<Map<string, string>> => {
    if (userIds.length === 0) return new Map();
    const rows = await db
      .select({ userId: user.id, email: user.email })
      .from(user)
      .where(inArray(user.id, [...new Set(userIds)]));
    return new Map(rows.map((row) => [row.userId, row.email]));
  },
});
export type TradesRepository = ReturnType<typeof tradesRepository>;
