// Who may do what in a conversation: its members, and nobody else (a stranger, a former member,
// an anonymous caller all get the same 404 as for a conversation that does not exist).
import { definePolicy, type AccessRule } from '../../access/access.ts';
import type { MemberActor } from '../../access/actor.ts';
import type { ConversationRow, conversationsRepository } from './conversations.repository.ts';

export type ConversationPermission =
  'conversations.read' | 'conversations.post' | 'conversations.attach' | 'conversations.mark-read';

/** What anyone but a member is told about a conversation (anonymous callers too: actors.requiredForRecord). */
export const conversationNotFound = 'Conversation not found';

type Row = ConversationRow & { memberUserId: string };
const aMember: AccessRule<MemberActor, Row> = (actor, row) => row.memberUserId === actor.userId;

export const conversationsPolicy = (repo: ReturnType<typeof conversationsRepository>) =>
  definePolicy<ConversationPermission, MemberActor, Row>({
    notFoundMessage: conversationNotFound,
    // Loaded through the actor's own membership row, so only a member's load finds anything.
    load: (actor, id) => repo.findForMember(id, actor.userId),
    rules: {
      'conversations.read': aMember,
      'conversations.post': aMember,
      'conversations.attach': aMember,
      'conversations.mark-read': aMember,
    },
  });
