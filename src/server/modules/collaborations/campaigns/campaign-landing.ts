// What the public landing page shows and counts: the campaign (not hidden), its accepted
// participants whose profile is public (a members-only profile is not put on a public page), and
// the visit or referral a visitor's request adds to one of them.
import type { AppContext } from '../../../context.ts';
import type { ProfilesService } from '../../profiles/profiles.service.ts';
import { campaignCounter } from './campaign-counts.ts';
import type { Landing } from './campaign-page.ts';
import type { CampaignsRepository } from './campaigns.repository.ts';

export type Visitor = { key: string; address: string };

export function campaignLanding(
  context: AppContext,
  repo: CampaignsRepository,
  profiles: Pick<ProfilesService, 'memberCards'>,
) {
  const count = campaignCounter(context, repo);

  async function find(slug: string) {
    const campaign = slug.length <= 80 ? await repo.findBySlug(slug) : null;
    if (!campaign) return null;
    const accepted = (await repo.participants(campaign.id)).filter((row) => row.status === 'accepted');
    const cards = await profiles.memberCards(
      accepted.map((row) => row.userId),
      'public',
    );
    const participants = accepted.flatMap((row) => {
      const member = cards.get(row.userId);
      return member ? [{ id: row.id, member, offerText: row.offerText, offerTitle: row.offerTitle }] : [];
    });
    const landing: Landing = { ...campaign, participants };
    return { campaign, landing };
  }

  return {
    /** The page for `slug` (null: not found or hidden), counting a visit to the participant `via` names. */
    async view(slug: string, via: string | undefined, visitor: Visitor) {
      const found = await find(slug);
      if (!found) return null;
      const named = via ? found.landing.participants.find((each) => each.member.slug === via) : undefined;
      if (named) await count(found.campaign.id, named.id, 'visit', visitor.key, visitor.address);
      return found.landing;
    },

    /** Counts a referral to the participant and answers where their public profile is; null when not on the page. */
    async contact(slug: string, participantId: string, visitor: Visitor) {
      const found = await find(slug);
      const named = found?.landing.participants.find((each) => each.id === participantId);
      if (!found || !named) return null;
      await count(found.campaign.id, named.id, 'referral', visitor.key, visitor.address);
      return `/p/${named.member.slug}`;
    },
  };
}
