// Rows → the API's shapes. Database types stop here.
import type { Attachment, Conversation, ConversationMember, Message } from '../../../contracts/messages.ts';
import { mediaUrl } from '../../../contracts/app-paths.ts';
import type { ConversationRow, MemberRow } from './conversations.repository.ts';
import type { AttachmentRow, MessageRow } from './messages.repository.ts';

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

export function toMember(row: Pick<MemberRow, 'slug' | 'displayName' | 'logoFile'>): ConversationMember {
  return { slug: row.slug ?? '', displayName: row.displayName, logoUrl: mediaUrl(row.logoFile) };
}

export function toMessage(row: MessageRow, viewerId: string): Message {
  return {
    id: row.id,
    conversationId: row.conversationId,
    sender: row.senderId
      ? toMember({ slug: row.senderSlug, displayName: row.senderName ?? '', logoFile: row.senderLogo })
      : null,
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
): Conversation {
  return {
    id: row.id,
    kind: row.kind === 'group' ? 'group' : 'direct',
    title: row.title,
    members: members.filter((member) => member.userId !== viewerId).map(toMember),
    lastMessage: lastMessage ? toMessage(lastMessage, viewerId) : null,
    unreadCount: row.unreadCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.lastMessageAt.toISOString(),
  };
}
