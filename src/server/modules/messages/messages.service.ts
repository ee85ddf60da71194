// Messages in a conversation: reading pages of history, and sending. A message is validated,
// limited and stored first; only then is it pushed to the members' sockets (so a live event
// always names a message that is durable and that a later GET returns).
import type { Message, MessageCreate, MessageList, MessageListQuery } from '../../../contracts/messages.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { invalid, notFound, rateLimited } from '../../http/errors.ts';
import { blocksRepository } from './blocks.repository.ts';
import { conversationsRepository } from './conversations.repository.ts';
import { conversationNotFound, type ConversationsService } from './conversations.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { toMessage } from './messages.mapper.ts';
import { AttachmentUnavailable, DailyLimitReached, messagesRepository } from './messages.repository.ts';

const newAccountDays = 7;
const day = 24 * 60 * 60;

export type MessagesDeps = {
  conversations: Pick<ConversationsService, 'requireAccess'>;
  profiles: Pick<ProfilesService, 'memberCards'>;
};

export function messagesService(context: AppContext, { conversations, profiles }: MessagesDeps) {
  const { log } = context;
  const repo = messagesRepository(context.db);
  const members = conversationsRepository(context.db);
  const blocks = blocksRepository(context.db);

  // An account's creation time never changes: remember it instead of reading it per message.
  const createdAtCache = new Map<string, Date | null>();
  async function accountCreatedAt(userId: string) {
    if (createdAtCache.has(userId)) return createdAtCache.get(userId)!;
    const createdAt = await repo.userCreatedAt(userId);
    if (createdAtCache.size >= 10_000) createdAtCache.clear();
    createdAtCache.set(userId, createdAt);
    return createdAt;
  }

  /** New accounts send at most N messages a day, counted in the database so every instance agrees. */
  async function dailyLimitFor(actor: Actor) {
    const createdAt = await accountCreatedAt(actor.userId);
    if (!createdAt || Date.now() - createdAt.getTime() >= newAccountDays * day * 1000) return null;
    return {
      key: `messages:new-account:${actor.userId}`,
      max: context.config.newAccountDailyMessages,
      windowSeconds: day,
    };
  }

  return {
    async list(actor: Actor, conversationId: string, query: MessageListQuery): Promise<MessageList> {
      await conversations.requireAccess(actor, 'conversations.read', conversationId);
      if (query.before) {
        const anchor = await repo.findById(query.before);
        if (anchor?.conversationId !== conversationId) throw invalid('before', 'is not a message of this conversation');
      }
      const rows = await repo.page(conversationId, query.before ?? null, query.limit + 1);
      const page = rows.slice(0, query.limit);
      const cards = await profiles.memberCards(page.flatMap((row) => (row.senderId ? [row.senderId] : [])));
      const items = page.map((row) => toMessage(row, actor.userId, cards));
      return { items, nextBefore: rows.length > query.limit ? items.at(-1)!.id : null };
    },

    async send(actor: Actor, conversationId: string, input: MessageCreate): Promise<Message> {
      const conversation = await conversations.requireAccess(actor, 'conversations.post', conversationId);
      const [memberIds, blockers] = await Promise.all([
        members.memberIds(conversationId),
        blocks.blockersInConversation(conversationId, actor.userId),
      ]);
      // A member blocked by the other one gets the same answer as a stranger: no such conversation.
      if (conversation.kind === 'direct' && blockers.length > 0) throw notFound(conversationNotFound);
      let id: string;
      try {
        id = await repo.insert({
          conversationId,
          senderId: actor.userId,
          body: input.body,
          attachmentFile: input.attachment ?? null,
          limit: await dailyLimitFor(actor),
        });
      } catch (error) {
        if (error instanceof DailyLimitReached) {
          throw rateLimited(
            `New accounts may send ${context.config.newAccountDailyMessages} messages a day; try again later`,
            (error.resetAt.getTime() - Date.now()) / 1000,
          );
        }
        if (error instanceof AttachmentUnavailable)
          throw invalid('attachment', 'is not a file you uploaded to this conversation, or is already in a message');
        throw error;
      }
      const [stored, cards] = await Promise.all([repo.findById(id), profiles.memberCards([actor.userId])]);
      const row = stored!;
      const others = memberIds.filter((memberId) => memberId !== actor.userId);
      // In a group, members who blocked the sender still get the message in history, but no live push.
      const live = others.filter((memberId) => !blockers.includes(memberId));
      await context.realtime
        .publishEach([
          { userIds: live, event: { type: 'message.created', message: toMessage(row, '', cards) } },
          { userIds: [actor.userId], event: { type: 'message.created', message: toMessage(row, actor.userId, cards) } },
        ])
        .catch((error: unknown) => log.warn({ err: error }, 'messages: live delivery failed (the message is stored)'));
      return toMessage(row, actor.userId, cards);
    },
  };
}
