// A message as moderation sees it (moderation/reportable.ts): its sender is the author; only the
// members of its conversation can see (and so report) it; hiding takes it out of the conversation
// for everyone in it (the page and the latest-message preview).
import { appPaths } from '../../../contracts/app-paths.ts';
import type { Reportable } from '../moderation/reportable.ts';
import type { ConversationsRepository } from './conversations.repository.ts';
import type { MessagesRepository } from './messages.repository.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function messageReportable(messages: MessagesRepository, conversations: ConversationsRepository): Reportable {
  const find = async (id: string) => (uuidPattern.test(id) ? messages.findById(id) : null);
  return {
    kind: 'message',
    async describe(id) {
      const message = await find(id);
      if (!message) return null;
      return {
        authorUserId: message.senderId,
        title: 'A direct message',
        excerpt: message.body.slice(0, 400),
        path: appPaths.conversation(message.conversationId),
        hidden: message.hiddenAt !== null,
      };
    },
    async visibleTo(actor, id) {
      const message = await find(id);
      if (!message || message.hiddenAt) return false;
      return (await conversations.findForMember(message.conversationId, actor.userId)) !== null;
    },
    setHidden: async (id, hidden) => {
      if (uuidPattern.test(id)) await messages.setHidden(id, hidden);
    },
  };
}
