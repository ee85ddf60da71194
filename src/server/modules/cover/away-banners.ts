// The away notice a profile and a directory entry show while a period runs (on the away member's
// own calendar, away-days.ts): until when, the
// member's message, and the colleagues who accepted to cover. A covering colleague whose profile
// the viewer could not open is left out (hidden ones always, members-only ones for the public).
import type { AwayBanner } from '../../../contracts/cover.ts';
import type { Db } from '../../db/client.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { awayRepository, type AwayRow } from './away.repository.ts';
import { withCards } from './covering-cards.ts';
import { awayDays, daysAnywhere } from './away-days.ts';

export function awayBanners(db: Db, profiles: Pick<ProfilesService, 'memberCards' | 'timeZones'>) {
  const repo = awayRepository(db);
  const days = awayDays(profiles);

  async function noticesFor(periods: { key: string; away: AwayRow }[], viewerSignedIn: boolean) {
    // Most lists have no one away: no covers or cards to look up (a directory search stays one query).
    if (periods.length === 0) return new Map<string, AwayBanner>();
    const accepted = await repo.findCovers(
      periods.map((period) => period.away.id),
      'accepted',
    );
    const cards = await profiles.memberCards(
      accepted.map((cover) => cover.coverUserId),
      viewerSignedIn ? 'member' : 'public',
    );
    const covers = withCards(accepted, cards);
    const notices = new Map<string, AwayBanner>();
    for (const { key, away } of periods) {
      const coveredBy = covers
        .filter((cover) => cover.awayId === away.id)
        .map(({ member }) => ({ slug: member.slug, displayName: member.displayName }));
      notices.set(key, { until: away.endsOn, message: away.message, coveredBy });
    }
    return notices;
  }

  return {
    /** The one member's notice while they are away today, for their profile view. */
    async forUser(userId: string, viewerSignedIn: boolean, now = new Date()) {
      const running = await days.running(await repo.findRunning([userId], daysAnywhere(now)), now);
      return (
        await noticesFor(
          running.map((away) => ({ key: away.userId, away })),
          viewerSignedIn,
        )
      ).get(userId);
    },

    /** Notices by user id, for the members among these who are away today. */
    async byUserId(userIds: string[], viewerSignedIn: boolean, now = new Date()) {
      const running = await days.running(await repo.findRunning(userIds, daysAnywhere(now)), now);
      return noticesFor(
        running.map((away) => ({ key: away.userId, away })),
        viewerSignedIn,
      );
    },

    /** Notices by profile slug (the directory's rows carry slugs). */
    async bySlug(slugs: string[], viewerSignedIn: boolean, now = new Date()) {
      // A directory page usually has no one to look up: skip working out the days (~5 % of a search).
      if (slugs.length === 0) return new Map<string, AwayBanner>();
      const found = await repo.findRunningBySlug(slugs, daysAnywhere(now));
      if (found.length === 0) return new Map<string, AwayBanner>();
      const running = await days.running(
        found.map(({ away, slug }) => ({ ...away, slug })),
        now,
      );
      return noticesFor(
        running.map(({ slug, ...away }) => ({ key: slug, away })),
        viewerSignedIn,
      );
    },
  };
}
