// What moderation may ask about a pool (moderation/reportable.ts): what it says, whether a member
// can see it, and hiding it — a hidden pool leaves every list and answers 404 to everyone but its
// organizer, who still sees it marked hidden.
import { appPaths } from '../../../../contracts/app-paths.ts';
import type { Reportable } from '../../moderation/reportable.ts';
import type { PoolsPolicy } from './pools.policy.ts';
import type { PoolsRepository } from './pools.repository.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function poolReportables(repo: PoolsRepository, policy: PoolsPolicy): Reportable[] {
  const find = (id: string) => (uuid.test(id) ? repo.findById(id) : Promise.resolve(null));
  return [
    {
      kind: 'pool',
      async describe(id) {
        const row = await find(id);
        if (!row) return null;
        const excerpt = [row.item, row.supplier, row.description].filter(Boolean).join(' — ');
        return {
          authorUserId: row.organizerUserId,
          title: row.title,
          excerpt: excerpt.slice(0, 400),
          path: appPaths.pool(row.id),
          hidden: row.hidden,
        };
      },
      async visibleTo(actor, id) {
        const row = await find(id);
        return !!row && policy.can(actor, 'pools.read', row);
      },
      setHidden: async (id, hidden) => {
        if (uuid.test(id)) await repo.setHidden(id, hidden);
      },
    },
  ];
}
