// Conversations and their members. How a member is shown (slug, name, logo) is profiles' member
// card, asked by the service.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { conversationMembers, conversations } from '../../db/schema/index.ts';

export type MemberRow = { conversationId: string; userId: string };
export type ConversationRow = typeof conversations.$inferSelect & { unreadCount: number };

export const conversationsRepository = (db: Db) => ({
  /** The conversation as seen by one of its members; null when the user is not a member. */
  findForMember: async (
    conversationId: string,
    userId: string,
  ): Promise<(ConversationRow & { memberUserId: string }) | null> => {
    const [row] = await db
      .select({
        conversation: conversations,
        unreadCount: conversationMembers.unreadCount,
        memberUserId: conversationMembers.userId,
      })
      .from(conversations)
      .innerJoin(
        conversationMembers,
        and(eq(conversationMembers.conversationId, conversations.id), eq(conversationMembers.userId, userId)),
      )
      .where(eq(conversations.id, conversationId));
    return row ? { ...row.conversation, unreadCount: row.unreadCount, memberUserId: row.memberUserId } : null;
  },
  findForUser: async (userId: string, limit: number): Promise<ConversationRow[]> => {
    const rows = await db
      .select({ conversation: conversations, unreadCount: conversationMembers.unreadCount })
      .from(conversationMembers)
      .innerJoin(conversations, eq(conversations.id, conversationMembers.conversationId))
      .where(eq(conversationMembers.userId, userId))
      .orderBy(desc(conversations.lastMessageAt), desc(conversations.id))
      .limit(limit);
    return rows.map((row) => ({ ...row.conversation, unreadCount: row.unreadCount }));
  },
  totalUnread: async (userId: string) => {
    const [row] = await db
      .select({ total: sql<number>`coalesce(sum(${conversationMembers.unreadCount}), 0)::int` })
      .from(conversationMembers)
      .where(eq(conversationMembers.userId, userId));
    return Number(row?.total ?? 0);
  },
  findMembers: async (conversationIds: string[]): Promise<MemberRow[]> => {
    if (conversationIds.length === 0) return [];
    return db
      .select({ conversationId: conversationMembers.conversationId, userId: conversationMembers.userId })
      .from(conversationMembers)
      .where(inArray(conversationMembers.conversationId, conversationIds))
      .orderBy(conversationMembers.joinedAt, conversationMembers.userId);
  },
  memberIds: async (conversationId: string) =>
    (
      await db
        .select({ userId: conversationMembers.userId })
        .from(conversationMembers)
        .where(eq(conversationMembers.conversationId, conversationId))
    ).map((row) => row.userId),
  findDirectByKey: async (directKey: string) =>
    (await db.select({ id: conversations.id }).from(conversations).where(eq(conversations.directKey, directKey)))[0] ??
    null,
  /** Creates the conversation and its members together; a one-to-one pair that already exists is returned instead. */
  create: async (input: {
    kind: 'direct' | 'group';
    title: string | null;
    directKey: string | null;
    createdBy: string;
    memberIds: string[];
  }) =>
    db.transaction(async (tx) => {
      const [created] = await tx
        .insert(conversations)
        .values({ kind: input.kind, title: input.title, directKey: input.directKey, createdBy: input.createdBy })
        .onConflictDoNothing()
        .returning({ id: conversations.id });
      if (!created) return { id: null, created: false };
      await tx
        .insert(conversationMembers)
        .values(input.memberIds.map((userId) => ({ conversationId: created.id, userId })));
      return { id: created.id, created: true };
    }),
  markRead: async (conversationId: string, userId: string) => {
    const [row] = await db
      .update(conversationMembers)
      .set({ unreadCount: 0, lastReadAt: sql`now()` })
      .where(and(eq(conversationMembers.conversationId, conversationId), eq(conversationMembers.userId, userId)))
      .returning({ unreadCount: conversationMembers.unreadCount });
    return row ?? null;
  },
});
export type ConversationsRepository = ReturnType<typeof conversationsRepository>;
