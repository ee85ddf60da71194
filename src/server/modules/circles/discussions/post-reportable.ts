// A circle post as moderation sees it (moderation/reportable.ts). Hidden by an admin, it is hidden
// as an organizer's hide hides it (gone for members; organizers see it marked hidden), and only an
// admin shows it again (moderation.service.ts refuses an organizer's unhide).
import { appPaths } from '../../../../contracts/app-paths.ts';
import { isUuid, type Reportable } from '../../moderation/reportable.ts';
import type { DiscussionAccess } from './discussion-access.ts';
import type { DiscussionsRepository } from './discussions.repository.ts';

export function postReportable(repo: DiscussionsRepository, access: DiscussionAccess): Reportable {
  const find = async (id: string) => (isUuid(id) ? repo.findPost(id) : null);
  return {
    kind: 'circle-post',
    async describe(id) {
      const row = await find(id);
      if (!row) return null;
      return {
        authorUserId: row.post.authorId,
        title: row.thread.title,
        excerpt: row.post.body.slice(0, 400),
        path: appPaths.circleThread(row.thread.circleId, row.thread.id),
        hidden: row.post.hiddenAt !== null,
      };
    },
    visibleTo: async (actor, id) =>
      isUuid(id) &&
      access.post(actor, id).then(
        () => true,
        () => false,
      ),
    async setHidden(id, hidden) {
      const row = await find(id);
      if (!row) return;
      await repo.updatePost(row.post.id, {
        hiddenAt: hidden ? (row.post.hiddenAt ?? new Date()) : null,
        hiddenByAdmin: hidden,
      });
    },
  };
}
