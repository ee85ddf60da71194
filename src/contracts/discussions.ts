// Circle discussions: threads and posts as a member sees them (the body as sanitised HTML rendered
// on the server), the forms to start a thread, reply, edit, report and moderate, and the check-in
// thread of a meeting occurrence. Plain words pages may import live in discussion-words.ts.
import { z } from 'zod';
import { discussionCategories, threadCategories } from './discussion-words.ts';
import { line, text } from './fields.ts';
import { memberCardSchema } from './member-card.ts';

export const postBodyLimit = 20_000;
const attachmentFile = z.string().regex(/^[0-9a-f]{32}\.(png|jpg|webp|pdf)$/, 'must be an attachment file name');
const postBody = text(postBodyLimit).min(1, 'is required');
/** Files returned by POST /api/circles/{id}/attachments, at most four a post. */
const attachmentFiles = z.array(attachmentFile).max(4, 'must be at most 4 files').default([]);

export const threadCreateSchema = z
  .object({
    title: line(150).min(3, 'must be at least 3 characters'),
    category: z.enum(discussionCategories, 'must be general or support'),
    body: postBody,
    attachments: attachmentFiles,
  })
  .strict();
export type ThreadCreate = z.input<typeof threadCreateSchema>;

export const postCreateSchema = z.object({ body: postBody, attachments: attachmentFiles }).strict();
export type PostCreate = z.input<typeof postCreateSchema>;
export const postEditSchema = z.object({ body: postBody }).strict();

export const threadModerationSchema = z
  .object({
    pinned: z.boolean('must be true or false').optional(),
    locked: z.boolean('must be true or false').optional(),
    hidden: z.boolean('must be true or false').optional(),
  })
  .strict();
export type ThreadModeration = z.infer<typeof threadModerationSchema>;
export const postModerationSchema = z.object({ hidden: z.boolean('must be true or false') }).strict();
export const reportCreateSchema = z.object({ reason: text(1000).min(3, 'must be at least 3 characters') }).strict();

export const threadQuerySchema = z.object({
  category: z.enum(threadCategories, 'must be general, support or check-in').optional(),
});

export const postAttachmentSchema = z.object({
  file: z.string(),
  kind: z.enum(['pdf', 'image']),
  fileName: z.string(),
  size: z.number(),
  url: z.string(),
});
export type PostAttachment = z.infer<typeof postAttachmentSchema>;

export const threadSummarySchema = z.object({
  id: z.uuid(),
  circleId: z.uuid(),
  category: z.enum(threadCategories),
  title: z.string(),
  author: memberCardSchema.nullable(),
  pinned: z.boolean(),
  locked: z.boolean(),
  hidden: z.boolean(),
  meetingId: z.uuid().nullable(),
  occurrenceStart: z.string().nullable(),
  posts: z.number(),
  unread: z.number(),
  lastPostAt: z.string(),
  createdAt: z.string(),
});
export type ThreadSummary = z.infer<typeof threadSummarySchema>;
export const threadListSchema = z.object({ items: z.array(threadSummarySchema) });

export const postSchema = z.object({
  id: z.uuid(),
  threadId: z.uuid(),
  author: memberCardSchema.nullable(),
  mine: z.boolean(),
  /** Sanitised HTML rendered from the author's Markdown (links rel="nofollow ugc noopener"). */
  html: z.string(),
  /** The Markdown itself, to the author only (for editing); null for everyone else. */
  body: z.string().nullable(),
  hidden: z.boolean(),
  editedAt: z.string().nullable(),
  createdAt: z.string(),
  attachments: z.array(postAttachmentSchema),
});
export type Post = z.infer<typeof postSchema>;

export const threadDetailSchema = z.object({
  thread: threadSummarySchema,
  posts: z.array(postSchema),
  /** What the caller may do here: organizers and co-organizers moderate. */
  canModerate: z.boolean(),
});
export type ThreadDetail = z.infer<typeof threadDetailSchema>;

export const checkInSchema = z.object({ thread: threadSummarySchema.nullable() });

export const reportSchema = z.object({
  id: z.uuid(),
  postId: z.uuid(),
  threadId: z.uuid(),
  reporter: memberCardSchema.nullable(),
  reason: z.string(),
  resolved: z.boolean(),
  createdAt: z.string(),
});
export type PostReport = z.infer<typeof reportSchema>;
export const reportListSchema = z.object({ items: z.array(reportSchema) });

export const threadParams = z.object({ threadId: z.uuid('must be a thread id') });
export const postParams = z.object({ postId: z.uuid('must be a post id') });
export const circleParams = z.object({ id: z.string().trim().min(1, 'is required').max(100) });
export const circleReportParams = circleParams.extend({ reportId: z.uuid('must be a report id') });
export const circleAttachmentParams = circleParams.extend({ file: attachmentFile });
