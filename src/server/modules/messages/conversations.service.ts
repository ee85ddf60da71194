// Conversations: who may see one (its members; everyone else gets 404), starting one (a pair
// reopens its one-to-one conversation), the inbox with unread counts, and marking one read.
import type { Conversation, ConversationCreate, ConversationList, ReadResult } from '../../../contracts/messages.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, invalid, notFound } from '../../http/errors.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { blocksRepository } from './blocks.repository.ts';
import { conversationNotFound, conversationsPolicy, type ConversationPermission } from './conversations.policy.ts';
import { conversationsRepository, type MemberRow } from './conversations.repository.ts';
import { toConversation } from './messages.mapper.ts';
import { messagesRepository, type MessageRow } from './messages.repository.ts';

const inboxSize = 200;
const noSuchMember = (slug: string) =>
  new AppError('not_found', `memberSlugs: no such member "${slug}"`, [
    { field: 'memberSlugs', message: `no such member "${slug}"` },
  ]);

export { conversationNotFound } from './conversations.policy.ts';

export type ConversationsDeps = {
  profiles: Pick<ProfilesService, 'requireVisibleMember' | 'getOwn' | 'memberCards'>;
};

export function conversationsService(context: AppContext, { profiles }: ConversationsDeps) {
  const repo = conversationsRepository(context.db);
  const policy = conversationsPolicy(repo);
  const messages = messagesRepository(context.db);
  const blocks = blocksRepository(context.db);

  /** The cards of the members and of the latest messages' senders. */
  const cardsOf = (members: MemberRow[], latest: MessageRow[]) =>
    profiles.memberCards([
      ...members.map((member) => member.userId),
      ...latest.flatMap((message) => (message.senderId ? [message.senderId] : [])),
    ]);

  async function view(actor: Actor, conversationId: string): Promise<Conversation> {
    const row = await policy.requireAccess(actor, 'conversations.read', conversationId);
    const [members, latest] = await Promise.all([repo.findMembers([row.id]), messages.latest([row.id])]);
    return toConversation(row, members, latest[0] ?? null, actor.userId, await cardsOf(members, latest));
  }

  return {
    /** The conversation if the actor may do this in it (is a member); otherwise 404, exactly as for one that does not exist. */
    requireAccess: (actor: Actor, permission: ConversationPermission, id: string) =>
      policy.requireAccess(actor, permission, id),
    get: view,

    async list(actor: Actor): Promise<ConversationList> {
      const rows = await repo.findForUser(actor.userId, inboxSize);
      const ids = rows.map((row) => row.id);
      const [members, latest, totalUnread] = await Promise.all([
        repo.findMembers(ids),
        messages.latest(ids),
        repo.totalUnread(actor.userId),
      ]);
      const cards = await cardsOf(members, latest);
      const items = rows.map((row) =>
        toConversation(
          row,
          members.filter((member) => member.conversationId === row.id),
          latest.find((message) => message.conversationId === row.id) ?? null,
          actor.userId,
          cards,
        ),
      );
      return { items, totalUnread };
    },

    /** 201 with a new conversation, or 200 with the pair's existing one-to-one conversation. */
    async create(actor: Actor, input: ConversationCreate): Promise<{ conversation: Conversation; created: boolean }> {
      const slugs = [...new Set(input.memberSlugs)];
      const others: string[] = [];
      for (const slug of slugs) {
        const member = await profiles.requireVisibleMember(slug, actor, {
          field: 'memberSlugs',
          self: 'cannot include yourself: a conversation is with others',
          whenMissing: () => noSuchMember(slug),
        });
        others.push(member.userId);
      }
      // A member who blocked the actor looks exactly like one that does not exist (docs/realtime.md).
      const blockers = await blocks.blockersAmong(others, actor.userId);
      if (blockers.length > 0) throw noSuchMember(slugs[others.indexOf(blockers[0]!)]!);
      if (others.length === 1 && input.title) throw invalid('title', 'is only for a group conversation');
      await profiles.getOwn(actor); // members are shown by profile: make sure the actor has one
      const direct = others.length === 1;
      const directKey = direct ? [actor.userId, others[0]!].sort().join(':') : null;
      if (directKey) {
        const existing = await repo.findDirectByKey(directKey);
        if (existing) return { conversation: await view(actor, existing.id), created: false };
      }
      const result = await repo.create({
        kind: direct ? 'direct' : 'group',
        title: direct ? null : input.title || null,
        directKey,
        createdBy: actor.userId,
        memberIds: [actor.userId, ...others],
      });
      // Lost a race with the other member starting the same pair: theirs is the one.
      const id = result.id ?? (await repo.findDirectByKey(directKey!))!.id;
      return { conversation: await view(actor, id), created: result.created };
    },

    async markRead(actor: Actor, conversationId: string): Promise<ReadResult> {
      await policy.requireAccess(actor, 'conversations.mark-read', conversationId);
      const row = await repo.markRead(conversationId, actor.userId);
      if (!row) throw notFound(conversationNotFound);
      const totalUnread = await repo.totalUnread(actor.userId);
      const result = { conversationId, unreadCount: row.unreadCount, totalUnread };
      // The member's other tabs and devices clear their badges too.
      await context.realtime.publish([actor.userId], { type: 'conversation.read', ...result }).catch(() => undefined);
      return result;
    },
  };
}
export type ConversationsService = ReturnType<typeof conversationsService>;
