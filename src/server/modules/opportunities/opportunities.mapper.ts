// A post row as the API shows it: the author's card, whether it is the viewer's, the place, and
// the distance from the searched postal code in the search's unit.
import type { Opportunity, OpportunityKind, Pay } from '../../../contracts/opportunities.ts';
import type { MemberCard } from '../../../contracts/member-card.ts';
import { metersPer } from '../../lib/geo.ts';
import type { OpportunityRow } from './opportunities.repository.ts';

const roundTenth = (value: number) => Math.round(value * 10) / 10;

export function toOpportunity(
  row: OpportunityRow,
  author: MemberCard | null,
  viewerId: string | null,
  found: { meters: number | null; unit: 'mi' | 'km' } = { meters: null, unit: 'mi' },
): Opportunity {
  return {
    id: row.id,
    kind: row.kind as OpportunityKind,
    title: row.title,
    description: row.description,
    postalCode: row.postalCode,
    place: row.place,
    remote: row.remote,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    expiresOn: row.expiresOn,
    pay: (row.pay as Pay | null) ?? null,
    details: row.details,
    status: row.status as Opportunity['status'],
    hidden: row.hidden,
    author,
    mine: viewerId !== null && viewerId === row.authorUserId,
    createdAt: new Date(row.createdAt).toISOString(),
    distance: found.meters === null ? null : roundTenth(Number(found.meters) / metersPer[found.unit]),
  };
}
