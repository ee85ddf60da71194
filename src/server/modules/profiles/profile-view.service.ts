// A profile as another person sees it (GET /api/profiles/{slug}): the profile without its private
// fields, how many members endorsed each item (from the network), and the away notice while the
// member is away (from cover).
import type { EndorsementCounts } from '../../../contracts/network.ts';
import type { AwayBanner } from '../../../contracts/cover.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import type { ProfilesService } from './profiles.service.ts';
import { withoutPrivateFields } from '../../../contracts/profile.ts';

export type ProfileViewDeps = {
  profiles: Pick<ProfilesService, 'findVisible'>;
  network: {
    endorsementCounts: (profile: {
      userId: string;
      specialties: readonly string[];
      modalities: readonly string[];
    }) => Promise<EndorsementCounts>;
  };
  cover: { awayBanner: (userId: string, viewerSignedIn: boolean) => Promise<AwayBanner | undefined> };
  /** "Mentored N therapists", when the mentor chose to show it. */
  mentoring: { mentoredCount: (userId: string) => Promise<number | null> };
};

export function profileViewService(_context: AppContext, { profiles, network, cover, mentoring }: ProfileViewDeps) {
  return {
    /** The profile the caller may see, or 404 (hidden; members-only to the public). */
    async view(slug: string, viewer: Actor | null) {
      const found = await profiles.findVisible(slug, viewer);
      if (!found) throw notFound('No such profile');
      const away = await cover.awayBanner(found.row.userId, viewer !== null);
      const mentored = await mentoring.mentoredCount(found.row.userId);
      return {
        ...withoutPrivateFields(found.profile),
        endorsements: await network.endorsementCounts(found.row),
        ...(away ? { away } : {}),
        ...(mentored ? { mentored } : {}),
      };
    },
  };
}
export type ProfileViewService = ReturnType<typeof profileViewService>;
