// A circle as one caller sees it: rules only for its members (or anyone, for a public circle),
// distance in the caller's unit, and where the caller stands. Database rows never leave the module.
import type {
  Circle,
  CircleKind,
  CircleMember,
  CircleMemberStatus,
  CircleRole,
  CircleSummary,
  CircleVisibility,
} from '../../../contracts/circles.ts';
import type { MemberCard } from '../../../contracts/member-card.ts';
import { metersPer } from '../../lib/geo.ts';
import type { InvitationRow } from './circle-invitations.repository.ts';
import type { CircleRow, MembershipRow } from './circles.repository.ts';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());
const roundTenth = (value: number) => Math.round(value * 10) / 10;

export function toCircleSummary(
  circle: CircleRow,
  membership: MembershipRow | null,
  options: { meters?: number | null; unit?: keyof typeof metersPer } = {},
): CircleSummary {
  const { meters = null, unit = 'mi' } = options;
  return {
    id: circle.id,
    slug: circle.slug,
    name: circle.name,
    kind: circle.kind as CircleKind,
    description: circle.description,
    topics: circle.topics,
    visibility: circle.visibility as CircleVisibility,
    online: circle.online,
    town: circle.postalCode
      ? { postalCode: circle.postalCode, city: circle.city, region: circle.region, country: circle.country ?? '' }
      : null,
    memberCount: circle.memberCount,
    memberCap: circle.memberCap,
    distance: meters === null ? null : roundTenth(Number(meters) / metersPer[unit]),
    me: membership ? { role: membership.role as CircleRole, status: membership.status as CircleMemberStatus } : null,
  };
}

export function toCircle(circle: CircleRow, membership: MembershipRow | null): Circle {
  const member = membership?.status === 'active';
  return {
    ...toCircleSummary(circle, membership),
    rules: member || circle.visibility === 'public' ? circle.rules : null,
    createdAt: iso(circle.createdAt)!,
  };
}

export const toCircleMember = (row: MembershipRow, cards: Map<string, MemberCard>): CircleMember => ({
  id: row.id,
  member: cards.get(row.userId) ?? null,
  role: row.role as CircleRole,
  status: row.status as CircleMemberStatus,
  joinedAt: iso(row.joinedAt),
});

export const toInvitation = (row: InvitationRow) => ({
  id: row.id,
  kind: row.kind as 'link' | 'email',
  email: row.email,
  uses: row.uses,
  revoked: row.revokedAt !== null,
  accepted: row.acceptedByUserId !== null,
  expiresAt: iso(row.expiresAt),
  createdAt: iso(row.createdAt)!,
});
