// Files uploaded to a circle, each attached to one post.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { circlePostAttachments } from '../../../db/schema/index.ts';

export type PostAttachmentRow = typeof circlePostAttachments.$inferSelect;

export const postAttachmentsRepository = (db: Db) => ({
  insert: async (values: typeof circlePostAttachments.$inferInsert) =>
    (await db.insert(circlePostAttachments).values(values).returning())[0]!,

  /** Attaches the uploader's own unattached files in this circle to the post; answers how many. */
  attach: async (
    tx: Pick<Db, 'update'>,
    files: string[],
    by: { circleId: string; uploaderId: string; postId: string },
  ) =>
    files.length === 0
      ? 0
      : (
          await tx
            .update(circlePostAttachments)
            .set({ postId: by.postId })
            .where(
              and(
                inArray(circlePostAttachments.file, files),
                eq(circlePostAttachments.circleId, by.circleId),
                eq(circlePostAttachments.uploaderId, by.uploaderId),
                isNull(circlePostAttachments.postId),
              ),
            )
            .returning({ file: circlePostAttachments.file })
        ).length,

  ofPosts: async (postIds: string[]) =>
    postIds.length === 0
      ? []
      : db.select().from(circlePostAttachments).where(inArray(circlePostAttachments.postId, postIds)),

  find: async (circleId: string, file: string) =>
    (
      await db
        .select()
        .from(circlePostAttachments)
        .where(and(eq(circlePostAttachments.circleId, circleId), eq(circlePostAttachments.file, file)))
    )[0] ?? null,
});
export type PostAttachmentsRepository = ReturnType<typeof postAttachmentsRepository>;
