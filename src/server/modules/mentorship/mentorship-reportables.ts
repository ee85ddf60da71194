// A mentor's offer as moderation sees it (kind 'mentorship-offer', id: the mentor's profile slug).
// Hiding it takes the mentor out of every suggestion and their "mentored N" off their profile;
// requests to them are refused as to no mentor. The mentor still sees their own offer, marked
// hidden (GET /api/me/mentoring → offering.hidden). Running mentorships carry on.
import type { Reportable } from '../moderation/reportable.ts';
import { mentoringAreas, type MentoringArea } from '../../../contracts/mentorship.ts';
import type { MentoringRepository } from './mentoring.repository.ts';

export function mentorshipReportables(repo: MentoringRepository): Reportable[] {
  const offerOf = async (slug: string) => {
    const offer = await repo.offerBySlug(slug);
    return offer?.offering ? offer : null;
  };
  return [
    {
      kind: 'mentorship-offer',
      async describe(slug) {
        const offer = await offerOf(slug);
        if (!offer) return null;
        const areas = offer.areas.map((area) => mentoringAreas[area as MentoringArea] ?? area).join(', ');
        return {
          authorUserId: offer.userId,
          title: `Mentoring offered by ${offer.name}`,
          excerpt: [areas && `Areas: ${areas}.`, offer.note].filter(Boolean).join(' ').slice(0, 400),
          path: `/p/${offer.slug}`,
          hidden: offer.hiddenAt !== null,
        };
      },
      async visibleTo(actor, slug) {
        const offer = await offerOf(slug);
        if (!offer) return false;
        if (offer.userId === actor.userId) return true;
        return offer.hiddenAt === null && offer.visibility !== 'hidden';
      },
      async setHidden(slug, hidden) {
        const offer = await repo.offerBySlug(slug);
        if (offer) await repo.setOfferHidden(offer.userId, hidden);
      },
    },
  ];
}
