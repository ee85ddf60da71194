// Rows to the shapes in contracts/referrals.ts. Only the plain columns are read here; what is
// sealed is opened in the service, after the access check.
import type {
  ReferralEvent,
  ReferralStatus,
  ReferralSummary,
  ReferralTransitionTarget,
  ReferralUrgency,
  ReferralSide,
} from '../../../contracts/referrals.ts';
import { referralTransitions } from '../../../contracts/referrals.ts';
import type { MemberCard } from '../../../contracts/member-card.ts';
import type { ReferralEventRow, ReferralSummaryRow } from './referrals.repository.ts';

/** Member cards by user id (profiles.memberCards). */
export type Parties = Map<string, MemberCard>;

type PartyView = ReferralSummary['from'];

const unknownMember: PartyView = { kind: 'member', name: 'A former member', slug: null, profession: '' };
const memberView = (card: MemberCard | undefined): PartyView =>
  card ? { kind: 'member', name: card.displayName, slug: card.slug, profession: card.profession } : unknownMember;

export function recipientOf(
  row: Pick<ReferralSummaryRow, 'toUserId' | 'recipientName' | 'recipientProfession'>,
  parties: Parties,
): PartyView {
  if (row.toUserId) return memberView(parties.get(row.toUserId));
  return { kind: 'contact', name: row.recipientName, slug: null, profession: row.recipientProfession };
}

/** Every member a page of summaries names. */
export const partyIdsOf = (rows: ReferralSummaryRow[]) =>
  rows.flatMap((row) =>
    [row.fromUserId, row.toUserId, row.redirectedFromUserId].filter((id): id is string => id !== null),
  );

/** `clientName` is opened by the caller (sealed in the row) and only for a side allowed to see it. */
export function toSummary(
  row: ReferralSummaryRow,
  parties: Parties,
  side: ReferralSide,
  clientName: string | null,
): ReferralSummary {
  return {
    id: row.id,
    side,
    status: row.status as ReferralStatus,
    urgency: row.urgency as ReferralUrgency,
    specialty: row.specialty,
    from: memberView(parties.get(row.fromUserId)),
    to: recipientOf(row, parties),
    redirectedFrom: row.redirectedFromUserId ? memberView(parties.get(row.redirectedFromUserId)) : null,
    clientName,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What this side may move the referral to from its current status. */
export const allowedFor = (status: string, side: ReferralSide): ReferralTransitionTarget[] =>
  (Object.entries(referralTransitions) as [ReferralTransitionTarget, { from: ReferralStatus; by: ReferralSide }][])
    .filter(([, rule]) => rule.from === status && rule.by === side)
    .map(([to]) => to);

export const toEvent = (row: ReferralEventRow, note: string): ReferralEvent => ({
  kind: row.kind,
  at: row.createdAt.toISOString(),
  actor: row.actorLabel,
  note,
});
