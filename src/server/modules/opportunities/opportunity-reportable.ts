// What moderation may do with a post (moderation/reportable.ts): describe it for the admin queue,
// tell whether a member can see it (the read rule of the policy), and hide or show it again. A
// hidden post leaves search, the public page and every other member's reach (404); its author
// still sees it, marked hidden, under "my posts".
import type { AppContext } from '../../context.ts';
import type { Reportable } from '../moderation/reportable.ts';
import { opportunitiesRepository } from './opportunities.repository.ts';
import type { OpportunitiesService } from './opportunities.service.ts';

export function opportunityReportable(context: AppContext, board: Pick<OpportunitiesService, 'policy'>): Reportable {
  const repo = opportunitiesRepository(context.db);
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const find = (id: string) => (uuid.test(id) ? repo.findById(id) : Promise.resolve(null));
  return {
    kind: 'opportunity',
    async describe(id) {
      const row = await find(id);
      if (!row) return null;
      return {
        authorUserId: row.authorUserId,
        title: row.title,
        excerpt: row.description.slice(0, 300),
        path: `/app/opportunities/${row.id}`,
        hidden: row.hidden,
      };
    },
    async visibleTo(actor, id) {
      const row = await find(id);
      return !!row && board.policy.can(actor, 'opportunities.read', row);
    },
    async setHidden(id, hidden) {
      if (uuid.test(id)) await repo.setHidden(id, hidden);
    },
  };
}
