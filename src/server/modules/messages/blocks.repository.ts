// Blocks between members (reports go to the moderation queue: moderation/report-intake.service.ts).
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { conversationMembers, memberBlocks } from '../../db/schema/index.ts';

export const blocksRepository = (db: Db) => ({
  block: (blockerId: string, blockedId: string) =>
    db.insert(memberBlocks).values({ blockerId, blockedId }).onConflictDoNothing(),
  unblock: (blockerId: string, blockedId: string) =>
    db.delete(memberBlocks).where(and(eq(memberBlocks.blockerId, blockerId), eq(memberBlocks.blockedId, blockedId))),
  /** Which of these users have blocked the sender. */
  blockersAmong: async (userIds: string[], senderId: string) => {
    if (userIds.length === 0) return [];
    const rows = await db
      .select({ blockerId: memberBlocks.blockerId })
      .from(memberBlocks)
      .where(and(inArray(memberBlocks.blockerId, userIds), eq(memberBlocks.blockedId, senderId)));
    return rows.map((row) => row.blockerId);
  },
  /** The members of a conversation who have blocked the sender. */
  blockersInConversation: async (conversationId: string, senderId: string) => {
    const rows = await db
      .select({ blockerId: memberBlocks.blockerId })
      .from(memberBlocks)
      .innerJoin(
        conversationMembers,
        and(
          eq(conversationMembers.userId, memberBlocks.blockerId),
          eq(conversationMembers.conversationId, conversationId),
        ),
      )
      .where(eq(memberBlocks.blockedId, senderId));
    return rows.map((row) => row.blockerId);
  },
});
