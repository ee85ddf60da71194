// Replies and edits. A locked thread takes neither: 409 `thread_locked`, naming it.
import type { Post, PostCreate } from '../../../../contracts/discussions.ts';
import { postCreateSchema } from '../../../../contracts/discussions.ts';
import type { Actor } from '../../../http/actor.ts';
import { conflict, notFound } from '../../../http/errors.ts';
import type { NotificationsService } from '../../notifications/notifications.service.ts';
import type { ProfilesService } from '../../profiles/profiles.service.ts';
import { noSuchPost, type DiscussionAccess } from './discussion-access.ts';
import { toPost } from './discussions.mapper.ts';
import type { DiscussionsRepository, PostRow, ThreadRow } from './discussions.repository.ts';
import type { PostAttachmentsRepository } from './post-attachments.repository.ts';
import type { WritePost } from './post-writing.ts';
import type { ThreadsService, PostLimit } from './threads.service.ts';

export const lockedThread = () =>
  conflict('This thread is locked: an organizer closed it to replies and edits', 'thread_locked');

export type PostsDeps = PostLimit & {
  access: DiscussionAccess;
  repo: DiscussionsRepository;
  attachments: PostAttachmentsRepository;
  writePost: WritePost;
  threads: Pick<ThreadsService, 'circleMembers'>;
  profiles: Pick<ProfilesService, 'memberCards'>;
  notifications: Pick<NotificationsService, 'transaction'>;
};

export function postsService(deps: PostsDeps) {
  const { access, repo, profiles } = deps;

  /** A post as the caller reads it, with its author's card and its files. */
  const postFor = async (post: PostRow, userId: string) =>
    toPost(
      post,
      userId,
      await profiles.memberCards(post.authorId ? [post.authorId] : []),
      await deps.attachments.ofPosts([post.id]),
    );

  return {
    postFor,

    async reply(actor: Actor, threadId: string, input: PostCreate): Promise<Post> {
      const { thread } = await access.thread(actor, threadId);
      if (thread.locked) throw lockedThread();
      const body = postCreateSchema.parse(input);
      const members = await deps.threads.circleMembers(thread.circleId);
      await deps.newAccountPosts.allow(actor);
      const post = await deps.notifications.transaction(async (tx, notices) => {
        // Locked while I wrote: read again on the transaction, so a reply never lands after the lock.
        const current: ThreadRow | null = await repo.findThread(thread.id, tx);
        if (current?.locked) throw lockedThread();
        return deps.writePost(tx, notices, { actor, thread, input: body, members });
      });
      return postFor(post, actor.userId);
    },

    /** My own post, new words (no new notices: mentions are told when a post is written). */
    async edit(actor: Actor, postId: string, body: string): Promise<Post> {
      const { post, thread } = await access.post(actor, postId);
      if (post.authorId !== actor.userId) throw notFound(noSuchPost);
      if (thread.locked) throw lockedThread();
      return postFor(await repo.updatePost(post.id, { body, editedAt: new Date() }), actor.userId);
    },
  };
}
export type PostsService = ReturnType<typeof postsService>;
