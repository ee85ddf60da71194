// Attachments of a conversation: upload (multipart field "file"), then download by members only.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { attachmentParamsSchema, attachmentSchema, conversationIdParamsSchema } from '../../../contracts/messages.ts';
import type { AppContext } from '../../context.ts';
import { readUpload, sendAttachment } from '../../http/uploads.ts';
import type { attachmentsService } from './attachments.service.ts';
import { conversationNotFound } from './conversations.service.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';

const member = memberRouteOptions(['messages']);

export function registerAttachmentRoutes(
  base: FastifyInstance,
  { actors }: AppContext,
  attachments: ReturnType<typeof attachmentsService>,
) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/conversations/:id/attachments',
    member({
      summary:
        'Upload a PDF or an image (PNG, JPEG, WebP; ≤ 2 MB; multipart field "file"); send it by naming `file` as a message’s attachment',
      params: conversationIdParamsSchema,
      response: { 201: attachmentSchema },
    }),
    async (request, reply) => {
      const actor = await actors.requiredForRecord(request, conversationNotFound);
      return reply
        .status(201)
        .send(await attachments.upload(actor, request.params.id, await readUpload(request, { kind: 'file' })));
    },
  );

  app.get(
    '/api/conversations/:id/attachments/:file',
    member({
      summary: 'An attachment, to the conversation’s members only',
      params: attachmentParamsSchema,
    }),
    async (request, reply) => {
      const found = await attachments.open(
        await actors.requiredForRecord(request, conversationNotFound),
        request.params.id,
        request.params.file,
      );
      return sendAttachment(reply, found);
    },
  );
}
