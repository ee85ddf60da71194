// Joint marketing campaigns: an organizer invites members, each accepted participant adds an offer
// (their words, optionally one of their own offers), and the public landing page lists them. Visits
// and referrals are counted per participant, once per visitor and day (see campaign-counts.ts).
import type { Campaign, CampaignCreate, CampaignOffer } from '../../../../contracts/collaborations.ts';
import type { MemberActor } from '../../../access/actor.ts';
import type { AppContext } from '../../../context.ts';
import { AppError, conflict, invalid } from '../../../http/errors.ts';
import type { OffersService } from '../../offers/offers.service.ts';
import type { Notices, NotificationsService } from '../../notifications/notifications.service.ts';
import type { NewAccountPostsService } from '../../platform/new-account-posts.service.ts';
import type { ProfilesService } from '../../profiles/profiles.service.ts';
import { campaignsPolicy } from '../collaborations.policy.ts';
import { campaignCode, publicSlug } from '../public-slug.ts';
import { campaignsRepository, type CampaignRow, type ParticipantRow } from './campaigns.repository.ts';

export type CampaignsDeps = {
  profiles: Pick<ProfilesService, 'requireVisibleMember' | 'memberCards'>;
  offers: Pick<OffersService, 'get'>;
  notifications: Pick<NotificationsService, 'transaction'>;
  newAccountPosts: NewAccountPostsService;
};

const unknownCard = { slug: '', displayName: 'A member', profession: '' };
export const campaignPath = (slug: string) => `/campaigns/${slug}`;

export function campaignsService(context: AppContext, deps: CampaignsDeps) {
  const repo = campaignsRepository(context.db);
  const policy = campaignsPolicy(repo);
  const { publicUrl } = context.config;

  async function present(actor: MemberActor, campaign: CampaignRow, mine: ParticipantRow | null): Promise<Campaign> {
    const rows = await repo.participants(campaign.id);
    const cards = await deps.profiles.memberCards([campaign.organizerUserId, ...rows.map((row) => row.userId)]);
    const role = campaign.organizerUserId === actor.userId ? 'organizer' : mine ? 'participant' : 'none';
    // The counts are the participants' business: the organizer and accepted participants see them.
    const seesCounts = role === 'organizer' || mine?.status === 'accepted';
    const counts = seesCounts ? await repo.counts(campaign.id) : new Map<string, never>();
    const pageUrl = `${publicUrl}${campaignPath(campaign.slug)}`;
    return {
      id: campaign.id,
      slug: campaign.slug,
      code: campaign.code,
      title: campaign.title,
      description: campaign.description,
      startsOn: campaign.startsOn,
      endsOn: campaign.endsOn,
      organizer: cards.get(campaign.organizerUserId) ?? unknownCard,
      role,
      myStatus: (mine?.status as Campaign['myStatus']) ?? null,
      publicUrl: pageUrl,
      participants: rows
        // Someone else's declined or pending invitation is not shown to a member outside the campaign.
        .filter((row) => role !== 'none' || row.status === 'accepted')
        .map((row) => {
          const member = cards.get(row.userId) ?? unknownCard;
          return {
            id: row.id,
            member,
            status: row.status as Campaign['participants'][number]['status'],
            offerText: row.offerText,
            offerTitle: row.offerTitle,
            visits: seesCounts ? (counts.get(row.id)?.visits ?? 0) : null,
            referrals: seesCounts ? (counts.get(row.id)?.referrals ?? 0) : null,
            link: `${pageUrl}?via=${encodeURIComponent(member.slug)}`,
          };
        }),
    };
  }

  async function inviteeIds(actor: MemberActor, slugs: string[], field: (index: number) => string) {
    const ids: string[] = [];
    for (const [index, slug] of slugs.entries()) {
      const row = await deps.profiles.requireVisibleMember(slug, actor, {
        field: field(index),
        self: 'is you; you take part as the organizer',
      });
      if (!ids.includes(row.userId)) ids.push(row.userId);
    }
    return ids;
  }

  // The invitation and its notice commit together (a failed notice leaves no invitation behind).
  const notifyInvited = (notices: Notices, actor: MemberActor, campaignId: string, userId: string) =>
    notices.notify({
      userId,
      kind: 'campaign.invited',
      actor: actor.name,
      subject: { type: 'campaign', id: campaignId },
      dedupeKey: `campaign.invited:${campaignId}:${userId}`,
    });

  async function answer(actor: MemberActor, id: string, to: 'accepted' | 'declined') {
    const { campaign, mine } = await policy.requireAccess(actor, 'campaigns.answer', id);
    if (campaign.organizerUserId === actor.userId)
      throw conflict('The organizer takes part from the start', 'organizer');
    const changed = await repo.answer(
      mine!.id,
      to,
      to === 'accepted' ? ['invited', 'declined'] : ['invited', 'accepted'],
    );
    if (!changed) throw conflict(`You have already ${to}`, `already_${to}`);
    return present(actor, campaign, changed);
  }

  return {
    policy,
    repo,

    async create(actor: MemberActor, input: CampaignCreate) {
      const invited = await inviteeIds(actor, input.inviteSlugs, (index) => `inviteSlugs.${index}`);
      await deps.newAccountPosts.allow(actor);
      const row = await deps.notifications.transaction(async (tx, notices) => {
        const inserted = await campaignsRepository(tx).insertWithParticipants(
          {
            organizerUserId: actor.userId,
            slug: publicSlug(input.title),
            code: campaignCode(),
            title: input.title,
            description: input.description,
            startsOn: input.startsOn,
            endsOn: input.endsOn,
          },
          actor.userId,
          invited,
        );
        for (const userId of invited) await notifyInvited(notices, actor, inserted.id, userId);
        return inserted;
      });
      const found = await repo.findWithMine(actor.userId, row.id);
      return present(actor, row, found!.mine);
    },

    async list(actor: MemberActor) {
      return (await repo.listFor(actor.userId)).map(({ campaign, mine }) => ({
        id: campaign.id,
        slug: campaign.slug,
        title: campaign.title,
        mine: campaign.organizerUserId === actor.userId,
        myStatus: (mine?.status as Campaign['myStatus']) ?? null,
      }));
    },

    async get(actor: MemberActor, id: string) {
      const { campaign, mine } = await policy.requireAccess(actor, 'campaigns.read', id);
      return present(actor, campaign, mine);
    },

    async invite(actor: MemberActor, id: string, memberSlug: string) {
      const { campaign, mine } = await policy.requireAccess(actor, 'campaigns.manage', id);
      const [userId] = await inviteeIds(actor, [memberSlug], () => 'memberSlug');
      await deps.notifications.transaction(async (tx, notices) => {
        const added = await campaignsRepository(tx).invite(campaign.id, userId!);
        if (!added) throw conflict('This member is already invited', 'already_invited');
        await notifyInvited(notices, actor, campaign.id, userId!);
      });
      return present(actor, campaign, mine);
    },

    accept: (actor: MemberActor, id: string) => answer(actor, id, 'accepted'),
    decline: (actor: MemberActor, id: string) => answer(actor, id, 'declined'),

    async setOffer(actor: MemberActor, id: string, input: CampaignOffer) {
      const { campaign, mine } = await policy.requireAccess(actor, 'campaigns.offer', id);
      let offerTitle: string | null = null;
      if (input.offerId) {
        const offer = await deps.offers.get(actor, input.offerId).catch((error: unknown) => {
          if (error instanceof AppError && error.code === 'not_found')
            throw invalid('offerId', 'is not one of your offers');
          throw error;
        });
        offerTitle = offer.title;
      }
      const updated = await repo.setOffer(mine!.id, { offerText: input.offerText, offerId: input.offerId, offerTitle });
      return present(actor, campaign, updated);
    },
  };
}
export type CampaignsService = ReturnType<typeof campaignsService>;
