// Who may read and write a circle's discussions: its active members, and nobody else — in a
// public circle too, since a post may be about a client or a member's own trouble. Organizers and
// co-organizers moderate, and only they see what was hidden. Whatever the caller may not see is
// the 404 a missing circle, thread or post gets. Asked of the circles module on every call, so a
// removed or banned member loses access at once.
import type { CircleRole } from '../../../../contracts/circles.ts';
import type { Actor } from '../../../http/actor.ts';
import { notFound } from '../../../http/errors.ts';
import type { CirclesServices } from '../circles.module.ts';
import { noSuchCircle } from '../circles.service.ts';
import type { DiscussionsRepository, PostRow, ThreadRow } from './discussions.repository.ts';

export const noSuchThread = 'No such thread';
export const noSuchPost = 'No such post';

export const moderates = (role: CircleRole) => role === 'organizer' || role === 'co-organizer';

export type Membership = { circleId: string; role: CircleRole; moderator: boolean };

export function discussionAccess(circles: CirclesServices['circles'], repo: DiscussionsRepository) {
  /** The caller's membership if they are an active member of the circle; null otherwise. */
  async function membership(actor: Actor, circleId: string): Promise<Membership | null> {
    const role = await circles.memberRole(actor.userId, circleId);
    return role ? { circleId, role, moderator: moderates(role) } : null;
  }

  return {
    membership,

    /** The circle (by id or slug) for one of its active members; `No such circle` for anyone else. */
    async member(actor: Actor, idOrSlug: string): Promise<Membership> {
      const circle = await circles.get(actor, idOrSlug);
      const found = await membership(actor, circle.id);
      if (!found) throw notFound(noSuchCircle);
      return found;
    },

    /** As `member`, for organizers and co-organizers only. */
    async moderator(actor: Actor, idOrSlug: string): Promise<Membership> {
      const circle = await circles.get(actor, idOrSlug);
      const found = await membership(actor, circle.id);
      if (!found?.moderator) throw notFound(noSuchCircle);
      return found;
    },

    /** The thread for a member of its circle (a hidden one for moderators only). */
    async thread(actor: Actor, threadId: string, { moderate = false } = {}) {
      const thread = await repo.findThread(threadId);
      const found = thread && (await membership(actor, thread.circleId));
      if (!thread || !found || ((thread.hiddenAt || moderate) && !found.moderator)) throw notFound(noSuchThread);
      return { thread, membership: found };
    },

    /** The post for a member who may see it (hidden posts and threads: moderators only). */
    async post(
      actor: Actor,
      postId: string,
      { moderate = false } = {},
    ): Promise<{ post: PostRow; thread: ThreadRow; membership: Membership }> {
      const row = await repo.findPost(postId);
      const found = row && (await membership(actor, row.thread.circleId));
      const hidden = row && (row.post.hiddenAt || row.thread.hiddenAt);
      if (!row || !found || ((hidden || moderate) && !found.moderator)) throw notFound(noSuchPost);
      return { ...row, membership: found };
    },
  };
}
export type DiscussionAccess = ReturnType<typeof discussionAccess>;
