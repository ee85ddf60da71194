// The colleagues covering a period as every list shows them: each with their member card
// (profiles.memberCards), by name. A cover without a card (no profile the viewer could open) is
// left out.
import type { MemberCard } from '../../../contracts/member-card.ts';

export function withCards<Cover extends { id: string; coverUserId: string }>(
  covers: Cover[],
  cards: Map<string, MemberCard>,
): (Cover & { member: MemberCard })[] {
  return covers
    .flatMap((cover) => {
      const member = cards.get(cover.coverUserId);
      return member ? [{ ...cover, member }] : [];
    })
    .sort((a, b) => a.member.displayName.localeCompare(b.member.displayName) || a.id.localeCompare(b.id));
}
