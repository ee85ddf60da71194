// Who may do what to a post: its author everything (read, edit, close, delete — even once it is
// closed, archived or hidden by a moderator); any other member reads and replies to an open,
// unhidden, unexpired post. Anyone else, and any other post, gets the 404 a missing post gets.
import { definePolicy, ownedBy } from '../../access/access.ts';
import type { MemberActor } from '../../access/actor.ts';
import type { OpportunitiesRepository, OpportunityRow } from './opportunities.repository.ts';
import { boardToday } from './board-days.ts';

export const opportunityNotFound = 'No such opportunity';

export type OpportunityPermission = 'opportunities.read' | 'opportunities.reply' | 'opportunities.write';

/** Whether the post is on the board now: open, not hidden, not past its last day. */
export const isListed = (row: Pick<OpportunityRow, 'status' | 'hidden' | 'expiresOn'>, today = boardToday()) =>
  row.status === 'open' && !row.hidden && row.expiresOn >= today;

const isAuthor = ownedBy<OpportunityRow>((row) => row.authorUserId);

export const opportunitiesPolicy = (repo: OpportunitiesRepository) =>
  definePolicy<OpportunityPermission, MemberActor, OpportunityRow>({
    notFoundMessage: opportunityNotFound,
    load: (_actor, id) => repo.findById(id),
    rules: {
      'opportunities.read': (actor, row) => isAuthor(actor, row) || isListed(row),
      'opportunities.reply': (actor, row) => isAuthor(actor, row) || isListed(row),
      'opportunities.write': isAuthor,
    },
  });
