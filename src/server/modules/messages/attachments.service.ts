// Attachments: a PDF or an image (≤ 2 MB), uploaded to a conversation and then referenced by one
// message. The type is read from the bytes; images are re-encoded without metadata (lib/images.ts);
// PDFs must start with the %PDF- signature. Files live in their own folder under UPLOAD_DIR,
// outside /media, and are served only to the conversation's members.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Attachment } from '../../../contracts/messages.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { invalid, notFound } from '../../http/errors.ts';
import { ImageRejected, sniffImage, storeImage } from '../../lib/images.ts';
import type { ConversationsService } from './conversations.service.ts';
import { toAttachment } from './messages.mapper.ts';
import { messagesRepository } from './messages.repository.ts';

const pdfSignature = Buffer.from('%PDF-');

export const attachmentsDir = (uploadDir: string) => path.join(uploadDir, 'message-attachments');

async function storePdf(bytes: Buffer, dir: string) {
  await mkdir(dir, { recursive: true });
  const name = `${randomBytes(16).toString('hex')}.pdf`;
  const temporary = path.join(dir, `.${name}.tmp`);
  await writeFile(temporary, bytes);
  await rename(temporary, path.join(dir, name));
  return name;
}

// The name a member gave the file, for display only: one line, no path.
const cleanFileName = (given: string | undefined, fallback: string) =>
  (given ?? '')
    .split(/[\\/]/)
    .pop()!
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, 200) || fallback;

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
      const { bytes } = upload;
      let file: string;
      let kind: 'pdf' | 'image';
      if (bytes.subarray(0, pdfSignature.length).equals(pdfSignature)) {
        file = await storePdf(bytes, dir);
        kind = 'pdf';
      } else if (sniffImage(bytes)) {
        try {
          file = await storeImage(bytes, dir);
        } catch (error) {
          if (error instanceof ImageRejected) throw invalid('file', error.message);
          throw error;
        }
        kind = 'image';
      } else {
        throw invalid('file', 'must be a PDF or a PNG, JPEG or WebP image');
      }
      const size = (await stat(path.join(dir, file))).size;
      const fileName = cleanFileName(upload.fileName, kind === 'pdf' ? 'document.pdf' : file);
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
      const full = path.join(dir, row.file);
      const info = await stat(full).catch(() => null);
      if (!info) throw notFound();
      const type =
        row.kind === 'pdf'
          ? 'application/pdf'
          : file.endsWith('.png')
            ? 'image/png'
            : file.endsWith('.webp')
              ? 'image/webp'
              : 'image/jpeg';
      return { full, size: info.size, type, fileName: row.fileName, kind: row.kind };
    },
  };
}
