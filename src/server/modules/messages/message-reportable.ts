// A message as moderation sees it (moderation/reportable.ts): its sender is the author; only the
// members of its conversation can see (and so report) it; hiding takes it out of the conversation
// for everyone in it (the page and the latest-message preview).
import { appPaths } from '../../../contracts/app-paths.ts';
import { isUuid, type Reportable } from '../moderation/reportable.ts';
import type { ConversationsRepository } from './conversations.repository.ts';
import type { MessagesRepository } from './messages.repository.ts';

export function messageReportable(messages: MessagesRepository, conversations: ConversationsRepository): Reportable {
  const find = async (id: string) => (isUuid(id) ? messages.findById(id) : null);
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
      if (isUuid(id)) await messages.setHidden(id, hidden);
    },
  };
}
