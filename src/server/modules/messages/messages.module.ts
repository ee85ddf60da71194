// Messages: conversations, attachments, block and report, and the live socket at /api/ws.
import { registerRealtimeSocket } from '../../realtime/ws.routes.ts';
import { defineModule } from '../module.ts';
import type { ReportIntakeService } from '../moderation/report-intake.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { registerAttachmentRoutes } from './attachments.routes.ts';
import { attachmentsService } from './attachments.service.ts';
import { registerBlockRoutes } from './blocks.routes.ts';
import { blocksService } from './blocks.service.ts';
import { registerConversationRoutes } from './conversations.routes.ts';
import { conversationsService } from './conversations.service.ts';
import { conversationsRepository } from './conversations.repository.ts';
import { messageReportable } from './message-reportable.ts';
import { messagesRepository } from './messages.repository.ts';
import { messagesService } from './messages.service.ts';

export type MessagesModuleDeps = { profiles: ProfilesService; reports: ReportIntakeService };

export const messagesModule = defineModule((context, { profiles, reports }: MessagesModuleDeps) => {
  const conversations = conversationsService(context, { profiles });
  const messages = messagesService(context, { conversations, profiles });
  const attachments = attachmentsService(context, { conversations });
  const blocks = blocksService(context, { profiles, reports });
  const reportables = [messageReportable(messagesRepository(context.db), conversationsRepository(context.db))];
  return {
    name: 'messages',
    services: { conversations, messages, attachments, blocks, reportables },
    async register(app) {
      registerConversationRoutes(app, context, { conversations, messages });
      registerAttachmentRoutes(app, context, attachments);
      registerBlockRoutes(app, context, blocks);
      await registerRealtimeSocket(app, context);
    },
  };
});
