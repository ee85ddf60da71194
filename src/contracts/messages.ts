// Conversations, messages, attachments, block/report and the WebSocket events: one set of schemas
// for /api/conversations, /api/members/{slug}/block|report, /api/ws (server) and the inbox (web).
import { z } from 'zod';
import { line, text } from './fields.ts';
import { notificationSchema } from './notifications.ts';
import { maxGroupOthers, maxMessageLength, reportReasons } from './messages-words.ts';

export { maxGroupOthers, maxMessageLength, reportReasons };

export const conversationMemberSchema = z.object({
  slug: z.string(),
  displayName: z.string(),
  logoUrl: z.string().nullable(),
});
export type ConversationMember = z.infer<typeof conversationMemberSchema>;

export const attachmentSchema = z.object({
  /** The stored file's name; the file is at `url`, served only to the conversation's members. */
  file: z.string(),
  kind: z.enum(['pdf', 'image']),
  fileName: z.string(),
  size: z.number().int(),
  url: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const messageSchema = z.object({
  id: z.uuid(),
  conversationId: z.uuid(),
  /** The sender's profile; null when the sender has since deleted their account. */
  sender: conversationMemberSchema.nullable(),
  /** True for the caller's own messages. */
  mine: z.boolean(),
  body: z.string(),
  attachment: attachmentSchema.nullable(),
  createdAt: z.string(),
});
export type Message = z.infer<typeof messageSchema>;

export const conversationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['direct', 'group']),
  title: z.string().nullable(),
  /** Everyone in the conversation except the caller. */
  members: z.array(conversationMemberSchema),
  lastMessage: messageSchema.nullable(),
  unreadCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Conversation = z.infer<typeof conversationSchema>;

export const conversationListSchema = z.object({
  items: z.array(conversationSchema),
  /** Unread messages over all my conversations (the badge). */
  totalUnread: z.number().int(),
});
export type ConversationList = z.infer<typeof conversationListSchema>;

export const conversationCreateSchema = z
  .object({
    /** The other members, by profile slug: one makes (or reopens) a one-to-one conversation, 2–7 a group. */
    memberSlugs: z
      .array(
        z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters'),
        'must be a list of members',
      )
      .min(1, 'must name at least one member')
      .max(maxGroupOthers, `must be at most ${maxGroupOthers} other members`),
    /** Only for groups. */
    title: line(120).optional(),
  })
  .strict();
export type ConversationCreate = z.infer<typeof conversationCreateSchema>;

export const conversationIdParamsSchema = z.object({ id: z.uuid('must be a conversation id') });
export const attachmentParamsSchema = z.object({
  id: z.uuid('must be a conversation id'),
  file: z.string().regex(/^[0-9a-f]{32}\.(png|jpg|webp|pdf)$/, 'must be an attachment file name'),
});

export const messageCreateSchema = z
  .object({
    body: text(maxMessageLength).min(1, 'must not be empty'),
    /** A file returned by POST /api/conversations/{id}/attachments for this conversation. */
    attachment: z
      .string()
      .regex(/^[0-9a-f]{32}\.(png|jpg|webp|pdf)$/, 'must be an attachment file name')
      .optional(),
  })
  .strict();
export type MessageCreate = z.infer<typeof messageCreateSchema>;

export const messageListQuerySchema = z
  .object({
    /** A message id: the page holds the messages older than it. */
    before: z.uuid('must be a message id').optional(),
    limit: z.coerce
      .number('must be a number')
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(100, 'must be at most 100')
      .default(50),
  })
  .strict();
export type MessageListQuery = z.infer<typeof messageListQuerySchema>;

export const messageListSchema = z.object({
  /** Newest first. */
  items: z.array(messageSchema),
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: z.uuid().nullable(),
});
export type MessageList = z.infer<typeof messageListSchema>;

export const readResultSchema = z.object({
  conversationId: z.uuid(),
  unreadCount: z.number().int(),
  totalUnread: z.number().int(),
});
export type ReadResult = z.infer<typeof readResultSchema>;

export const memberSlugParamsSchema = z.object({ slug: z.string().min(1).max(80) });
export const blockStateSchema = z.object({ slug: z.string(), blocked: z.boolean() });

export const reportCreateSchema = z
  .object({
    reason: z.enum(reportReasons, `must be one of ${reportReasons.join(', ')}`),
    details: text(2000).optional(),
    /** A message in a conversation I am in, sent by the reported member. */
    messageId: z.uuid('must be a message id').optional(),
  })
  .strict();
export type ReportCreate = z.infer<typeof reportCreateSchema>;
export const reportSchema = z.object({ id: z.uuid(), reason: z.enum(reportReasons), createdAt: z.string() });

/** Server → client events on /api/ws. `notification` events come from the notification centre. */
export const realtimeEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), userId: z.string() }),
  z.object({ type: z.literal('pong') }),
  z.object({ type: z.literal('message.created'), message: messageSchema }),
  z.object({
    type: z.literal('conversation.read'),
    conversationId: z.uuid(),
    unreadCount: z.number().int(),
    totalUnread: z.number().int(),
  }),
  z.object({ type: z.literal('notification'), notification: notificationSchema }),
  z.object({ type: z.literal('error'), message: z.string() }),
]);
export type RealtimeEvent = z.infer<typeof realtimeEventSchema>;
/** Client → server: only a ping (messages are sent over HTTP, validated and stored first). */
export const clientFrameSchema = z.object({ type: z.literal('ping') }).strict();
