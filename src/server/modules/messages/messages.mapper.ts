// Rows → the API's shapes. Database types stop here.
import type { Attachment, Conversation, ConversationMember, Message } from '../../../contracts/messages.ts';
import type { MemberFace } from '../profiles/profiles.service.ts';
import type { ConversationRow, MemberRow } from './conversations.repository.ts';
import type { AttachmentRow, MessageRow } from './messages.repository.ts';

/** Member cards by user id (profiles.memberCards), with their logos. */
export type Cards = Map<string, MemberFace>;

export const attachmentUrl = (conversationId: string, file: string) =>
  `/api/conversations/${conversationId}/attachments/${file}`;

export function toAttachment(row: AttachmentRow): Attachment {
  return {
    file: row.file,
    kind: row.kind === 'pdf' ? 'pdf' : 'image',
    fileName: row.fileName,
    size: row.size,
    url: attachmentUrl(row.conversationId, row.file),
  };
}

/** A member is shown by their profile (every member of a conversation has one when it starts). */
export function toMember(card: MemberFace | undefined): ConversationMember {
  return card
    ? { slug: card.slug, displayName: card.displayName, logoUrl: card.logoUrl }
    : { slug: '', displayName: 'Former member', logoUrl: null };
}

export function toMessage(row: MessageRow, viewerId: string, cards: Cards): Message {
  return {
    id: row.id,
    conversationId: row.conversationId,
    sender: row.senderId ? toMember(cards.get(row.senderId)) : null,
    mine: row.senderId === viewerId,
    body: row.body,
    attachment: row.attachment ? toAttachment(row.attachment) : null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toConversation(
  row: ConversationRow,
  members: MemberRow[],
  lastMessage: MessageRow | null,
  viewerId: string,
  cards: Cards,
): Conversation {
  return {
    id: row.id,
    kind: row.kind === 'group' ? 'group' : 'direct',
    title: row.title,
    members: members.filter((member) => member.userId !== viewerId).map((member) => toMember(cards.get(member.userId))),
    lastMessage: lastMessage ? toMessage(lastMessage, viewerId, cards) : null,
    unreadCount: row.unreadCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.lastMessageAt.toISOString(),
  };
}
