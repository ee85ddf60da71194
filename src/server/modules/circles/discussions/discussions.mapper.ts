// Rows → what a member reads. Bodies are rendered from the author's Markdown on every read, by the
// one renderer (lib/markdown.ts: no raw HTML, sanitised, links rel="nofollow ugc noopener").
import type { MemberCard } from '../../../../contracts/member-card.ts';
import type { Post, PostAttachment, ThreadSummary } from '../../../../contracts/discussions.ts';
import type { ThreadCategory } from '../../../../contracts/discussion-words.ts';
import { renderMarkdown } from '../../../lib/markdown.ts';
import type { PostRow, ThreadListRow } from './discussions.repository.ts';
import type { PostAttachmentRow } from './post-attachments.repository.ts';

export type Cards = Map<string, MemberCard>;
const cardOf = (cards: Cards, userId: string | null) => (userId ? (cards.get(userId) ?? null) : null);

export const attachmentUrl = (circleId: string, file: string) => `/api/circles/${circleId}/attachments/${file}`;

export const toPostAttachment = (row: PostAttachmentRow): PostAttachment => ({
  file: row.file,
  kind: row.kind as PostAttachment['kind'],
  fileName: row.fileName,
  size: row.size,
  url: attachmentUrl(row.circleId, row.file),
});

export const toThreadSummary = ({ thread, posts, unread }: ThreadListRow, cards: Cards): ThreadSummary => ({
  id: thread.id,
  circleId: thread.circleId,
  category: thread.category as ThreadCategory,
  title: thread.title,
  author: cardOf(cards, thread.authorId),
  pinned: thread.pinned,
  locked: thread.locked,
  hidden: thread.hiddenAt !== null,
  meetingId: thread.meetingId,
  occurrenceStart: thread.occurrenceStart?.toISOString() ?? null,
  posts,
  unread,
  lastPostAt: thread.lastPostAt.toISOString(),
  createdAt: thread.createdAt.toISOString(),
});

export const toPost = (row: PostRow, viewerId: string, cards: Cards, attachments: PostAttachmentRow[] = []): Post => ({
  id: row.id,
  threadId: row.threadId,
  author: cardOf(cards, row.authorId),
  mine: row.authorId === viewerId,
  html: renderMarkdown(row.body),
  body: row.authorId === viewerId ? row.body : null,
  hidden: row.hiddenAt !== null,
  editedAt: row.editedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  attachments: attachments.map(toPostAttachment),
});
