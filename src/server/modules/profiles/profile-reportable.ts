// A profile as moderation sees it (moderation/reportable.ts): the id is the profile's slug, what
// the web app and the public page name it by. Hiding puts the 'hidden' hold on it (profiles.withhold):
// it leaves the directory, the public page and every member's view; its member still opens it, shown as hidden.
import { appPaths } from '../../../contracts/app-paths.ts';
import type { Reportable } from '../moderation/reportable.ts';
import type { ProfilesRepository } from './profiles.repository.ts';
import type { ProfilesService } from './profiles.service.ts';

export function profileReportable(
  repo: ProfilesRepository,
  profiles: Pick<ProfilesService, 'findVisible' | 'withhold'>,
): Reportable {
  return {
    kind: 'profile',
    async describe(slug) {
      const row = await repo.findBySlug(slug);
      if (!row) return null;
      const words = [row.practiceName, row.howMyWorkHelps, row.history, row.treatmentGoals].filter(Boolean).join(' — ');
      return {
        authorUserId: row.userId,
        title: row.displayName,
        excerpt: words.slice(0, 400),
        path: appPaths.member(row.slug),
        hidden: row.withheld.includes('hidden'),
      };
    },
    visibleTo: async (actor, slug) => (await profiles.findVisible(slug, actor)) !== null,
    async setHidden(slug, hidden) {
      const row = await repo.findBySlug(slug);
      if (row) await profiles.withhold(row.userId, 'hidden', hidden);
    },
  };
}
