// /api/conversations: the inbox, starting a conversation, one conversation, its messages, and
// marking it read. Every route answers 404 to a caller who is not a member.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  conversationCreateSchema,
  conversationIdParamsSchema,
  conversationListSchema,
  conversationSchema,
  messageCreateSchema,
  messageListQuerySchema,
  messageListSchema,
  messageSchema,
  readResultSchema,
} from '../../../contracts/messages.ts';
import type { AppContext } from '../../context.ts';
import { conversationNotFound, type ConversationsService } from './conversations.service.ts';
import type { messagesService } from './messages.service.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';

const member = memberRouteOptions(['messages']);

export function registerConversationRoutes(
  base: FastifyInstance,
  { actors }: AppContext,
  { conversations, messages }: { conversations: ConversationsService; messages: ReturnType<typeof messagesService> },
) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/conversations',
    member({
      summary: 'My conversations, latest activity first, with unread counts and the total',
      response: { 200: conversationListSchema },
    }),
    async (request) => conversations.list(await actors.required(request)),
  );

  app.post(
    '/api/conversations',
    member({
      summary:
        'Start a conversation: one member (reopens our one-to-one conversation, 200) or 2–7 (a group, optional title); 201 when new',
      body: conversationCreateSchema,
      response: { 200: conversationSchema, 201: conversationSchema },
    }),
    async (request, reply) => {
      const { conversation, created } = await conversations.create(await actors.required(request), request.body);
      return reply.status(created ? 201 : 200).send(conversation);
    },
  );

  app.get(
    '/api/conversations/:id',
    member({
      summary: 'One conversation with its members',
      params: conversationIdParamsSchema,
      response: { 200: conversationSchema },
    }),
    async (request) =>
      conversations.get(await actors.requiredForRecord(request, conversationNotFound), request.params.id),
  );

  app.get(
    '/api/conversations/:id/messages',
    member({
      summary: 'Messages, newest first; pass nextBefore as before for older ones',
      params: conversationIdParamsSchema,
      querystring: messageListQuerySchema,
      response: { 200: messageListSchema },
    }),
    async (request) =>
      messages.list(await actors.requiredForRecord(request, conversationNotFound), request.params.id, request.query),
  );

  app.post(
    '/api/conversations/:id/messages',
    member({
      summary:
        'Send a message (stored, then pushed live as message.created); accounts younger than 7 days have a daily limit (429 with Retry-After)',
      params: conversationIdParamsSchema,
      body: messageCreateSchema,
      response: { 201: messageSchema },
    }),
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await messages.send(
            await actors.requiredForRecord(request, conversationNotFound),
            request.params.id,
            request.body,
          ),
        ),
  );

  app.post(
    '/api/conversations/:id/read',
    member({
      summary:
        'Mark the conversation read: its unread count becomes 0 (also on my other devices, as conversation.read)',
      params: conversationIdParamsSchema,
      response: { 200: readResultSchema },
    }),
    async (request) =>
      conversations.markRead(await actors.requiredForRecord(request, conversationNotFound), request.params.id),
  );
}
