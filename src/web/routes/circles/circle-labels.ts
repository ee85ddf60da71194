// The words a circle is shown with: kind, visibility, where it meets, members and my standing.
import { circleKinds, type CircleMemberStatus, type CircleVisibility } from '../../../contracts/circle-words.ts';
import type { CircleSummary } from '../../api/circles.ts';

export const visibilityLabel: Record<CircleVisibility, string> = {
  public: 'Public',
  private: 'Private',
  secret: 'Secret',
};

export const kindLabel = (kind: CircleSummary['kind']) => circleKinds[kind];

/** "Missoula, MT · online", "Online", "Missoula, MT". */
export function placeOf(circle: Pick<CircleSummary, 'town' | 'online'>) {
  const town = circle.town ? `${circle.town.city}, ${circle.town.region}` : null;
  if (town && circle.online) return `${town} · online too`;
  return town ?? 'Online';
}

export function membersOf(circle: Pick<CircleSummary, 'memberCount' | 'memberCap'>) {
  const count = `${circle.memberCount} member${circle.memberCount === 1 ? '' : 's'}`;
  return circle.memberCap ? `${count} of ${circle.memberCap}` : count;
}

export const standingLabel: Partial<Record<CircleMemberStatus, string>> = {
  active: 'Member',
  requested: 'Request sent',
  invited: 'Invited',
  banned: 'Banned',
};
