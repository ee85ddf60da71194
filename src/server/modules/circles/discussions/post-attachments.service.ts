// Files on circle posts, under the rules every attachment follows (lib/attachment-files.ts: a PDF
// or an image, at most 2 MB, the type read from the bytes). Uploaded by a member to the circle,
// attached to one post when it is written, and served to those who may see that post — before
// that, to its uploader only.
import path from 'node:path';
import type { PostAttachment } from '../../../../contracts/discussions.ts';
import type { Actor } from '../../../http/actor.ts';
import { notFound } from '../../../http/errors.ts';
import { openAttachment, storeAttachment } from '../../../lib/attachment-files.ts';
import type { DiscussionAccess } from './discussion-access.ts';
import { toPostAttachment } from './discussions.mapper.ts';
import type { PostAttachmentsRepository } from './post-attachments.repository.ts';

export const noSuchFile = 'No such file';

export function postAttachmentsService(
  uploadDir: string,
  { access, attachments }: { access: DiscussionAccess; attachments: PostAttachmentsRepository },
) {
  const dir = path.join(uploadDir, 'circle-attachments');

  return {
    /** Checks the caller is a member before a byte of the upload is read. */
    async upload(
      actor: Actor,
      circle: string,
      read: () => Promise<{ bytes: Buffer; fileName?: string }>,
    ): Promise<PostAttachment> {
      const { circleId } = await access.member(actor, circle);
      const stored = await storeAttachment(dir, await read());
      return toPostAttachment(await attachments.insert({ ...stored, circleId, uploaderId: actor.userId }));
    },

    async open(actor: Actor, circle: string, file: string) {
      const { circleId } = await access.member(actor, circle);
      const row = await attachments.find(circleId, file);
      if (!row) throw notFound(noSuchFile);
      if (row.postId) {
        // Seen where its post may be seen (a hidden post's files: moderators only).
        await access.post(actor, row.postId).catch(() => {
          throw notFound(noSuchFile);
        });
      } else if (row.uploaderId !== actor.userId) throw notFound(noSuchFile);
      const opened = await openAttachment(dir, row);
      if (!opened) throw notFound(noSuchFile);
      return opened;
    },
  };
}
export type PostAttachmentsService = ReturnType<typeof postAttachmentsService>;
