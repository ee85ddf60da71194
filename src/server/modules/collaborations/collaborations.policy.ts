// Who may do what in collaborations. Every post (campaign, project, event, couples request) is
// open to any signed-in member while it is not hidden; a hidden one is the module's 404 for
// everyone, its author too (moderation's admins see it in their queue). Managing is the
// organizer's or lead's alone; answering an invitation is the invited member's.
import { definePolicy, ownedBy } from '../../access/access.ts';
import type { MemberActor } from '../../access/actor.ts';
import type { CampaignsRepository } from './campaigns/campaigns.repository.ts';

export const noSuchCampaign = 'No such campaign';
export const noSuchProject = 'No such research project';
export const noSuchEvent = 'No such volunteer event';
export const noSuchCouplesRequest = 'No such couples request';

export type CampaignPermission = 'campaigns.read' | 'campaigns.manage' | 'campaigns.answer' | 'campaigns.offer';
type CampaignLoad = NonNullable<Awaited<ReturnType<CampaignsRepository['findWithMine']>>>;

const anyMember = () => true;

export const campaignsPolicy = (repo: CampaignsRepository) =>
  definePolicy<CampaignPermission, MemberActor, CampaignLoad>({
    notFoundMessage: noSuchCampaign,
    load: (actor, id) => repo.findWithMine(actor.userId, id),
    rules: {
      'campaigns.read': anyMember,
      'campaigns.manage': ownedBy((row) => row.campaign.organizerUserId),
      'campaigns.answer': (actor, row) => row.mine !== null && row.mine.userId === actor.userId,
      'campaigns.offer': (actor, row) => row.mine?.userId === actor.userId && row.mine.status === 'accepted',
    },
  });

/** A post any member may read and only its author may manage: research projects, volunteer events. */
export const authoredPolicy = <Row>(
  notFoundMessage: string,
  load: (actor: MemberActor, id: string) => Promise<Row | null>,
  author: (row: Row) => string,
) =>
  definePolicy<'read' | 'manage', MemberActor, Row>({
    notFoundMessage,
    load,
    rules: { read: anyMember, manage: ownedBy(author) },
  });
