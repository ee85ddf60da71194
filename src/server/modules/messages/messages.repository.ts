// Messages and their attachments. A new message, its attachment claim, the other members' unread
// counters and the conversation's order move together in one transaction.
import { and, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { conversationMembers, conversations, messageAttachments, messages, user } from '../../db/schema/index.ts';
import { rateLimitRepository } from '../../db/rate-limit.repository.ts';

export type AttachmentRow = typeof messageAttachments.$inferSelect;
/** A message and its attachment; the sender is shown by their member card (profiles). */
export type MessageRow = typeof messages.$inferSelect & { attachment: AttachmentRow | null };

const messageColumns = { message: messages, attachment: messageAttachments };

export type DailyLimit = { key: string; max: number; windowSeconds: number };

export class DailyLimitReached extends Error {
  readonly resetAt: Date;
  constructor(resetAt: Date) {
    super('daily message limit reached');
    this.resetAt = resetAt;
  }
}
export class AttachmentUnavailable extends Error {}

export const messagesRepository = (db: Db) => {
  const select = () =>
    db
      .select(messageColumns)
      .from(messages)
      .leftJoin(messageAttachments, eq(messageAttachments.messageId, messages.id));
  const flatten = (row: { message: typeof messages.$inferSelect; attachment: AttachmentRow | null }): MessageRow => ({
    ...row.message,
    attachment: row.attachment,
  });

  return {
    findById: async (id: string) => {
      const [row] = await select().where(eq(messages.id, id));
      return row ? flatten(row) : null;
    },
    /** Newest first; `before` is a message id of this conversation (older ones follow it). */
    page: async (conversationId: string, before: string | null, limit: number) => {
      // Compared in the database: timestamps have microseconds, a JS Date only milliseconds.
      const older = before
        ? sql`(${messages.createdAt}, ${messages.id}) < (select m.created_at, m.id from messages m where m.id = ${before})`
        : undefined;
      const rows = await select()
        .where(and(eq(messages.conversationId, conversationId), isNull(messages.hiddenAt), older))
        .orderBy(desc(messages.createdAt), desc(messages.id))
        .limit(limit);
      return rows.map(flatten);
    },
    /** The latest message of each conversation. */
    latest: async (conversationIds: string[]) => {
      if (conversationIds.length === 0) return [];
      const rows = await db
        .selectDistinctOn([messages.conversationId], messageColumns)
        .from(messages)
        .leftJoin(messageAttachments, eq(messageAttachments.messageId, messages.id))
        .where(and(inArray(messages.conversationId, conversationIds), isNull(messages.hiddenAt)))
        .orderBy(messages.conversationId, desc(messages.createdAt), desc(messages.id));
      return rows.map(flatten);
    },
    /** Stores a message; throws DailyLimitReached or AttachmentUnavailable and then writes nothing. */
    insert: async (input: {
      conversationId: string;
      senderId: string;
      body: string;
      attachmentFile: string | null;
      limit: DailyLimit | null;
    }) =>
      db.transaction(async (tx) => {
        const scoped = tx as unknown as Db;
        if (input.limit) {
          // Counted in the same transaction, so a message that fails later does not use up the day.
          const hit = await rateLimitRepository(scoped).hit(input.limit.key, input.limit.windowSeconds);
          if (hit.count > input.limit.max) throw new DailyLimitReached(hit.resetAt);
        }
        const [created] = await tx
          .insert(messages)
          .values({
            conversationId: input.conversationId,
            senderId: input.senderId,
            body: input.body,
            attachmentFile: input.attachmentFile,
          })
          .returning({ id: messages.id });
        if (input.attachmentFile) {
          const claimed = await tx
            .update(messageAttachments)
            .set({ messageId: created!.id })
            .where(
              and(
                eq(messageAttachments.file, input.attachmentFile),
                eq(messageAttachments.conversationId, input.conversationId),
                eq(messageAttachments.uploaderId, input.senderId),
                isNull(messageAttachments.messageId),
              ),
            )
            .returning({ file: messageAttachments.file });
          if (claimed.length === 0) throw new AttachmentUnavailable();
        }
        await tx
          .update(conversationMembers)
          .set({ unreadCount: sql`${conversationMembers.unreadCount} + 1` })
          .where(
            and(
              eq(conversationMembers.conversationId, input.conversationId),
              ne(conversationMembers.userId, input.senderId),
            ),
          );
        await tx
          .update(conversations)
          .set({ lastMessageAt: sql`clock_timestamp()` })
          .where(eq(conversations.id, input.conversationId));
        return created!.id;
      }),
    insertAttachment: (row: typeof messageAttachments.$inferInsert) => db.insert(messageAttachments).values(row),
    findAttachment: async (conversationId: string, file: string) =>
      (
        await db
          .select()
          .from(messageAttachments)
          .where(and(eq(messageAttachments.conversationId, conversationId), eq(messageAttachments.file, file)))
      )[0] ?? null,
    /** Moderation hides a message from its conversation (or shows it again). */
    setHidden: async (id: string, hidden: boolean) =>
      db
        .update(messages)
        .set({ hiddenAt: hidden ? sql`coalesce(${messages.hiddenAt}, now())` : null })
        .where(eq(messages.id, id)),
    userCreatedAt: async (userId: string) =>
      (await db.select({ createdAt: user.createdAt }).from(user).where(eq(user.id, userId)))[0]?.createdAt ?? null,
  };
};
export type MessagesRepository = ReturnType<typeof messagesRepository>;
