// Writing a post — the first of a new thread or a reply — with everything that goes with it, on the
// caller's transaction: the post, its attachments, the thread's last activity, and the notices to
// those mentioned and to those who wrote in the thread before. A notice names who wrote, never the
// words (notice-wording.ts); a failing part rolls the whole post back.
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../http/actor.ts';
import { invalid } from '../../../http/errors.ts';
import type { Notices } from '../../notifications/notifications.service.ts';
import type { Cards } from './discussions.mapper.ts';
import type { DiscussionsRepository, ThreadRow } from './discussions.repository.ts';
import { mentionedIn } from './mentions.ts';
import type { PostAttachmentsRepository } from './post-attachments.repository.ts';

/** The circle's active members (read before the transaction) and their cards, for mentions and names. */
export type CircleMembers = { ids: string[]; cards: Cards };

export type PostInput = { body: string; attachments: string[] };

export const threadSubject = (thread: Pick<ThreadRow, 'id' | 'circleId'>) =>
  ({ type: 'circle-thread', id: thread.id, circleId: thread.circleId }) as const;

export function postWriting(repo: DiscussionsRepository, attachments: PostAttachmentsRepository) {
  return async function writePost(
    tx: Db,
    notices: Notices,
    { actor, thread, input, members }: { actor: Actor; thread: ThreadRow; input: PostInput; members: CircleMembers },
  ) {
    const post = await repo.insertPost(tx, { threadId: thread.id, authorId: actor.userId, body: input.body });
    const files = [...new Set(input.attachments)];
    const attached = await attachments.attach(tx, files, {
      circleId: thread.circleId,
      uploaderId: actor.userId,
      postId: post.id,
    });
    if (attached !== files.length)
      throw invalid('attachments', 'must be files you uploaded to this circle and not yet attached to a post');
    await repo.updateThread(thread.id, { lastPostAt: post.createdAt }, tx);

    const name = members.cards.get(actor.userId)?.displayName ?? actor.name;
    const subject = threadSubject(thread);
    const mentioned = mentionedIn(input.body, members.cards).filter((id) => id !== actor.userId);
    const participants = (await repo.participantIds(tx, thread.id)).filter(
      (id) => id !== actor.userId && !mentioned.includes(id) && members.ids.includes(id),
    );
    for (const [kind, userIds] of [
      ['circle.mention', mentioned],
      ['circle.reply', participants],
    ] as const)
      for (const userId of userIds)
        await notices.notify({ userId, kind, actor: name, subject, dedupeKey: `${kind}:${post.id}` });
    return post;
  };
}
export type WritePost = ReturnType<typeof postWriting>;
