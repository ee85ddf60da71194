// The minutes ledger. Written only by `recordSession`, which inserts both sides of a completed
// session in one statement inside the completing transaction, so the ledger sums to zero overall
// and per pair at every commit; the table's counterpart foreign key, unique (session, side) and
// checks make the database refuse a lone, lopsided or second entry (see schema/trades.ts).
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { tradeLedgerEntries, tradeSessions } from '../../db/schema/index.ts';
import type { SessionRow, Tx } from './trades.repository.ts';

export const ledgerRepository = (db: Db) => ({
  recordSession: (tx: Tx, session: SessionRow) => {
    // The two rows name each other; PostgreSQL checks the foreign key at the end of the statement.
    const [gave, received] = [randomUUID(), randomUUID()];
    const common = { sessionId: session.id, tradeId: session.tradeId };
    return tx.insert(tradeLedgerEntries).values([
      {
        ...common,
        id: gave,
        counterpartId: received,
        side: 'gave',
        userId: session.providerUserId,
        partnerUserId: session.recipientUserId,
        minutes: session.minutes,
        counterpartMinutes: -session.minutes,
      },
      {
        ...common,
        id: received,
        counterpartId: gave,
        side: 'received',
        userId: session.recipientUserId,
        partnerUserId: session.providerUserId,
        minutes: -session.minutes,
        counterpartMinutes: session.minutes,
      },
    ]);
  },

  /** The member's side of every entry, oldest first, with what the session was. */
  entriesOf: (userId: string) =>
    db
      .select({
        partnerUserId: tradeLedgerEntries.partnerUserId,
        tradeId: tradeLedgerEntries.tradeId,
        sessionId: tradeLedgerEntries.sessionId,
        minutes: tradeLedgerEntries.minutes,
        service: tradeSessions.service,
        createdAt: tradeLedgerEntries.createdAt,
      })
      .from(tradeLedgerEntries)
      .innerJoin(tradeSessions, eq(tradeSessions.id, tradeLedgerEntries.sessionId))
      .where(eq(tradeLedgerEntries.userId, userId))
      .orderBy(asc(tradeLedgerEntries.createdAt), asc(tradeLedgerEntries.sessionId)),
});
