// One line of facts about a post (kind, where, how far, when, pay), the same in lists and on a post.
import { opportunityKinds, payLabel } from '../../../contracts/opportunity-words.ts';
import type { Opportunity } from '../../api/opportunities.ts';

export function factsLine(post: Opportunity, unit = 'mi') {
  const when = post.startsOn
    ? `${post.startsOn}${post.endsOn && post.endsOn !== post.startsOn ? ` to ${post.endsOn}` : ''}`
    : '';
  return [
    opportunityKinds[post.kind],
    post.place,
    post.remote ? 'Remote' : null,
    post.distance !== null ? `${post.distance} ${unit} away` : null,
    when,
    post.pay ? payLabel(post.pay) : null,
  ]
    .filter(Boolean)
    .join(' · ');
}
