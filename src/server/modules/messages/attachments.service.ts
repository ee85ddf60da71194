// Attachments: a PDF or an image (≤ 2 MB), uploaded to a conversation and then referenced by one
// message. The type is read from the bytes; images are re-encoded without metadata (lib/images.ts);
// PDFs must start with the %PDF- signature. Files live in their own folder under UPLOAD_DIR,
// outside /media, and are served only to the conversation's members.
import path from 'node:path';
import type { Attachment } from '../../../contracts/messages.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { openAttachment, storeAttachment } from '../../lib/attachment-files.ts';
import type { ConversationsService } from './conversations.service.ts';
import { toAttachment } from './messages.mapper.ts';
import { messagesRepository } from './messages.repository.ts';

export const attachmentsDir = (uploadDir: string) => path.join(uploadDir, 'message-attachments');

export type AttachmentsDeps = { conversations: Pick<ConversationsService, 'requireAccess'> };

export function attachmentsService(context: AppContext, { conversations }: AttachmentsDeps) {
  const repo = messagesRepository(context.db);
  const dir = attachmentsDir(context.config.uploadDir);

  return {
    async upload(
      actor: Actor,
      conversationId: string,
      upload: { bytes: Buffer; fileName?: string },
    ): Promise<Attachment> {
      await conversations.requireAccess(actor, 'conversations.attach', conversationId);
      const { file, kind, fileName, size } = await storeAttachment(dir, upload);
      await repo.insertAttachment({ file, conversationId, uploaderId: actor.userId, kind, fileName, size });
      return toAttachment({
        file,
        conversationId,
        uploaderId: actor.userId,
        kind,
        fileName,
        size,
        messageId: null,
        createdAt: new Date(),
      });
    },

    /** The stored file for a member: once in a message, or before that to its uploader only. */
    async open(actor: Actor, conversationId: string, file: string) {
      await conversations.requireAccess(actor, 'conversations.read', conversationId);
      const row = await repo.findAttachment(conversationId, file);
      if (!row || (!row.messageId && row.uploaderId !== actor.userId)) throw notFound();
      const opened = await openAttachment(dir, row);
      if (!opened) throw notFound();
      return opened;
    },
  };
}
