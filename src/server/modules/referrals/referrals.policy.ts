// Who may do what to a referral: its two parties — the referring member and the member it was sent
// to — and, for a referral to someone without an account, whoever holds its live emailed link (a
// LinkHolderActor whose subject is this referral; the token was checked by referral-links.service).
// Which side may take which step of the closed loop is the transitions' rule (409), not access.
import { definePolicy } from '../../access/access.ts';
import type { AnyActor, LinkHolderActor, MemberActor } from '../../access/actor.ts';
import type { ReferralSide } from '../../../contracts/referrals.ts';
import type { ReferralRow, ReferralsRepository } from './referrals.repository.ts';

export type ReferralsPermission = 'referrals.read' | 'referrals.respond' | 'referrals.thank' | 'referrals.manage-link';

/** What anyone but the two parties is told about a referral (anonymous callers too: actors.requiredForRecord). */
export const noSuchReferral = 'No such referral';

/** The holder of a referral's emailed link, with the address it was sent to (their name on the timeline). */
export type ReferralLinkHolder = LinkHolderActor & { subject: { type: 'referral'; id: string }; sentTo: string };
export type ReferralActor = MemberActor | ReferralLinkHolder;

const isLinkHolderOf = (actor: AnyActor, row: ReferralRow) =>
  actor.kind === 'link-holder' &&
  actor.subject.type === 'referral' &&
  actor.subject.id === row.id &&
  row.toUserId === null;
const isParty = (actor: AnyActor, row: ReferralRow) =>
  (actor.kind === 'member' && (row.fromUserId === actor.userId || row.toUserId === actor.userId)) ||
  isLinkHolderOf(actor, row);

export const referralRules = {
  'referrals.read': isParty,
  'referrals.respond': isParty,
  'referrals.thank': isParty,
  // Only the referrer manages the emailed link, and only a referral to someone without an account has one.
  'referrals.manage-link': (actor: AnyActor, row: ReferralRow) =>
    actor.kind === 'member' && row.fromUserId === actor.userId && row.toUserId === null,
} as const;

export const referralsPolicy = (repo: Pick<ReferralsRepository, 'findById' | 'findForParty'>) =>
  definePolicy<ReferralsPermission, AnyActor, ReferralRow>({
    notFoundMessage: noSuchReferral,
    // A member's load is scoped to the two parties in SQL for speed; the rules still decide.
    load: async (actor, id) =>
      actor.kind === 'member'
        ? repo.findForParty(actor.userId, id)
        : actor.kind === 'link-holder' && actor.subject.type === 'referral' && actor.subject.id === id
          ? repo.findById(id)
          : null,
    rules: referralRules,
  });
export type ReferralsPolicy = ReturnType<typeof referralsPolicy>;

/** Which side of the referral the caller is on (a link holder is always the recipient). */
export const sideOf = (actor: ReferralActor, row: ReferralRow): ReferralSide =>
  actor.kind === 'member' && row.fromUserId === actor.userId ? 'referrer' : 'recipient';
