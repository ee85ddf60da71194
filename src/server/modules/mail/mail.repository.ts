import { and, asc, desc, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { mailOutbox } from '../../db/schema/index.ts';

export type MailRow = typeof mailOutbox.$inferSelect;

export const mailRepository = (db: Db) => ({
  insert: async (values: { to: string; subject: string; text: string; html: string | null; status: 'queued' | 'logged' }) => {
    const [row] = await db.insert(mailOutbox).values(values).returning();
    return row!;
  },
  markSent: (id: string) => db.update(mailOutbox).set({ status: 'sent', sentAt: sql`now()`, attempts: sql`${mailOutbox.attempts} + 1`, lastError: null }).where(eq(mailOutbox.id, id)),
  markAttemptFailed: (id: string, error: string, retryAt: Date | null) =>
    db
      .update(mailOutbox)
      .set({ status: retryAt ? 'queued' : 'failed', attempts: sql`${mailOutbox.attempts} + 1`, lastError: error.slice(0, 500), nextAttemptAt: retryAt ?? sql`now()` })
      .where(eq(mailOutbox.id, id)),
  // Claims due mail by pushing its next attempt forward, so two instances never send one twice.
  claimDue: async (limit: number) => {
    const due = await db
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.status, 'queued'), lte(mailOutbox.nextAttemptAt, sql`now()`)))
      .orderBy(asc(mailOutbox.nextAttemptAt))
      .limit(limit);
    const claimed: MailRow[] = [];
    for (const { id } of due) {
      const [row] = await db
        .update(mailOutbox)
        .set({ nextAttemptAt: sql`now() + interval '5 minutes'` })
        .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, 'queued'), lte(mailOutbox.nextAttemptAt, sql`now()`)))
        .returning();
      if (row) claimed.push(row);
    }
    return claimed;
  },
  findLatest: (limit: number) => db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(limit),
});
