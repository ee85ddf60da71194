// Threads of a circle: the list (pinned first, then by last activity, each with my unread count),
// starting one with its first post, and reading one with its posts (which marks it read and deals
// with what I was told about it).
import type { ThreadCreate, ThreadDetail, ThreadSummary } from '../../../../contracts/discussions.ts';
import { threadCreateSchema } from '../../../../contracts/discussions.ts';
import type { ThreadCategory } from '../../../../contracts/discussion-words.ts';
import type { Actor } from '../../../http/actor.ts';
import type { NotificationsService } from '../../notifications/notifications.service.ts';
import type { ProfilesService } from '../../profiles/profiles.service.ts';
import type { CirclesServices } from '../circles.module.ts';
import type { DiscussionAccess } from './discussion-access.ts';
import { toPost, toThreadSummary } from './discussions.mapper.ts';
import type { DiscussionsRepository, ThreadRow } from './discussions.repository.ts';
import type { PostAttachmentsRepository } from './post-attachments.repository.ts';
import type { NewAccountPostsService } from '../../platform/new-account-posts.service.ts';
import { threadSubject, type CircleMembers, type WritePost } from './post-writing.ts';

/** New accounts post a few times a day (platform's limit, shared with the growth boards). */
export type PostLimit = { newAccountPosts: Pick<NewAccountPostsService, 'allow'> };

export type ThreadsDeps = PostLimit & {
  access: DiscussionAccess;
  repo: DiscussionsRepository;
  attachments: PostAttachmentsRepository;
  writePost: WritePost;
  circles: CirclesServices['circles'];
  profiles: Pick<ProfilesService, 'memberCards'>;
  notifications: Pick<NotificationsService, 'transaction' | 'actedOn'>;
};

export function threadsService(deps: ThreadsDeps) {
  const { access, repo, profiles } = deps;

  /** The circle's active members and their cards, read before any transaction opens. */
  async function circleMembers(circleId: string): Promise<CircleMembers> {
    const ids = await deps.circles.activeMemberIds(circleId);
    return { ids, cards: await profiles.memberCards(ids) };
  }

  /** A thread as a member's list shows it. */
  async function summaryOf(thread: ThreadRow, userId: string): Promise<ThreadSummary> {
    const row = (await repo.threadFor(thread.id, userId))!;
    return toThreadSummary(row, await profiles.memberCards(thread.authorId ? [thread.authorId] : []));
  }

  return {
    circleMembers,
    summaryOf,

    async list(actor: Actor, circle: string, category?: ThreadCategory): Promise<{ items: ThreadSummary[] }> {
      const { circleId, moderator } = await access.member(actor, circle);
      const rows = await repo.listThreads(circleId, actor.userId, { category, withHidden: moderator });
      const cards = await profiles.memberCards(
        rows.flatMap((row) => (row.thread.authorId ? [row.thread.authorId] : [])),
      );
      return { items: rows.map((row) => toThreadSummary(row, cards)) };
    },

    async start(actor: Actor, circle: string, input: ThreadCreate): Promise<ThreadSummary> {
      const { circleId } = await access.member(actor, circle);
      const body = threadCreateSchema.parse(input);
      const members = await circleMembers(circleId);
      await deps.newAccountPosts.allow(actor);
      const thread = await deps.notifications.transaction(async (tx, notices) => {
        const thread = await repo.insertThread(tx, {
          circleId,
          category: body.category,
          title: body.title,
          authorId: actor.userId,
        });
        await deps.writePost(tx, notices, { actor, thread, input: body, members });
        return thread;
      });
      return summaryOf(thread, actor.userId);
    },

    /** The thread and its posts; I have now read it, and whatever I was told about it is dealt with. */
    async read(actor: Actor, threadId: string): Promise<ThreadDetail> {
      const { thread, membership } = await access.thread(actor, threadId);
      const posts = await repo.postsOf(thread.id, membership.moderator);
      const summary = await summaryOf(thread, actor.userId);
      await repo.markRead(actor.userId, thread.id);
      await deps.notifications.actedOn(actor.userId, threadSubject(thread));
      const cards = await profiles.memberCards(posts.flatMap((post) => (post.authorId ? [post.authorId] : [])));
      const files = await deps.attachments.ofPosts(posts.map((post) => post.id));
      return {
        thread: summary,
        posts: posts.map((post) =>
          toPost(
            post,
            actor.userId,
            cards,
            files.filter((file) => file.postId === post.id),
          ),
        ),
        canModerate: membership.moderator,
      };
    },
  };
}
export type ThreadsService = ReturnType<typeof threadsService>;
