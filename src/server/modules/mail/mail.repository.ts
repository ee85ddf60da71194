import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { mailOutbox, type StoredAttachment } from '../../db/schema/index.ts';

export type { StoredAttachment };

export type MailRow = typeof mailOutbox.$inferSelect;

export const mailRepository = (db: Db) => ({
  insert: async (values: {
    to: string;
    subject: string;
    text: string;
    html: string | null;
    attachments: StoredAttachment[];
    ref: string | null;
    replyTo: string | null;
    headers: Record<string, string>;
    status: 'queued' | 'logged';
  }) => {
    const [row] = await db.insert(mailOutbox).values(values).returning();
    return row!;
  },
  markSent: (id: string) =>
    db
      .update(mailOutbox)
      .set({ status: 'sent', sentAt: sql`now()`, attempts: sql`${mailOutbox.attempts} + 1`, lastError: null })
      .where(eq(mailOutbox.id, id)),
  markAttemptFailed: (id: string, error: string, retryAt: Date | null) =>
    db
      .update(mailOutbox)
      .set({
        status: retryAt ? 'queued' : 'failed',
        attempts: sql`${mailOutbox.attempts} + 1`,
        lastError: error.slice(0, 500),
        nextAttemptAt: retryAt ?? sql`now()`,
      })
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
  findLatest: (limit: number) =>
    db
      .select({
        id: mailOutbox.id,
        to: mailOutbox.to,
        subject: mailOutbox.subject,
        text: mailOutbox.text,
        createdAt: mailOutbox.createdAt,
        status: mailOutbox.status,
      })
      .from(mailOutbox)
      .orderBy(desc(mailOutbox.createdAt))
      .limit(limit),
  findStatuses: async (ids: string[]) => {
    if (ids.length === 0) return new Map<string, { status: string; lastError: string | null; sentAt: Date | null }>();
    const rows = await db
      .select({
        id: mailOutbox.id,
        status: mailOutbox.status,
        lastError: mailOutbox.lastError,
        sentAt: mailOutbox.sentAt,
      })
      .from(mailOutbox)
      .where(inArray(mailOutbox.id, ids));
    return new Map(
      rows.map((row) => [
        row.id,
        { status: row.status, lastError: row.lastError, sentAt: row.sentAt ? new Date(row.sentAt) : null },
      ]),
    );
  },
});
