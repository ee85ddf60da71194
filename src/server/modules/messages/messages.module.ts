// Messages: conversations, attachments, block and report, and the live socket at /api/ws.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { registerRealtimeSocket } from '../../realtime/ws.routes.ts';
import { profilesService } from '../profiles/profiles.service.ts';
import { registerAttachmentRoutes } from './attachments.routes.ts';
import { attachmentsService } from './attachments.service.ts';
import { registerBlockRoutes } from './blocks.routes.ts';
import { blocksService } from './blocks.service.ts';
import { registerConversationRoutes } from './conversations.routes.ts';
import { conversationsService } from './conversations.service.ts';
import { messagesService } from './messages.service.ts';

export async function registerMessagesModule(app: FastifyInstance, context: AppContext) {
  const profiles = profilesService(context.db, context.config.uploadDir);
  const conversations = conversationsService(context, profiles);
  const messages = messagesService(context, conversations, app.log);
  registerConversationRoutes(app, context, { conversations, messages });
  registerAttachmentRoutes(app, context, attachmentsService(context, conversations));
  registerBlockRoutes(app, context, blocksService(context, profiles));
  await registerRealtimeSocket(app, context);
}
