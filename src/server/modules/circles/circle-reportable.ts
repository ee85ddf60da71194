// A circle as moderation sees it (moderation/reportable.ts): its id (or slug), its starter as the
// author, its description as the words reported. Hidden, it is found by nobody and opened by
// nobody — its members and organizers included (circles.policy.ts seesCircle), its meetings and
// discussions with it — until an admin shows it again.
import { appPaths } from '../../../contracts/app-paths.ts';
import type { Reportable } from '../moderation/reportable.ts';
import type { CirclesPolicy } from './circles.policy.ts';
import type { CirclesRepository } from './circles.repository.ts';

export function circleReportable(repo: CirclesRepository, policy: CirclesPolicy): Reportable {
  return {
    kind: 'circle',
    async describe(id) {
      const found = await repo.findWithMembership(id, null);
      if (!found) return null;
      const { circle } = found;
      return {
        authorUserId: circle.createdByUserId,
        title: circle.name,
        excerpt: circle.description.slice(0, 400),
        path: appPaths.circle(circle.slug),
        hidden: circle.hiddenAt !== null,
      };
    },
    visibleTo: async (actor, id) =>
      policy.requireAccess(actor, 'circles.see', id).then(
        () => true,
        () => false,
      ),
    async setHidden(id, hidden) {
      const found = await repo.findWithMembership(id, null);
      if (found)
        await repo.update(found.circle.id, { hiddenAt: hidden ? (found.circle.hiddenAt ?? new Date()) : null });
    },
  };
}
