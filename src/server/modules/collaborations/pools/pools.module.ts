// Group purchasing pools (collaborations, docs/growth.md, Group purchasing pools): starting a pool with discount
// tiers, pledges with an exact running total pushed live, the close at the deadline (the
// `pool-close` job, exactly once across instances), the organizer's order sheet, and what
// moderation may hide.
import { defineModule } from '../../module.ts';
import type { NotificationsService } from '../../notifications/notifications.service.ts';
import type { PlatformServices } from '../../platform/platform.module.ts';
import type { ProfilesService } from '../../profiles/profiles.service.ts';
import { poolCloseEveryMs, poolClosing } from './pool-closing.ts';
import { poolPledgesService } from './pool-pledges.service.ts';
import { poolReportables } from './pool-reportables.ts';
import { registerPoolRoutes } from './pools.routes.ts';
import { poolsService } from './pools.service.ts';

export type PoolsModuleDeps = {
  profiles: ProfilesService;
  notifications: NotificationsService;
  newAccountPosts: PlatformServices['newAccountPosts'];
};

export const poolsModule = defineModule((context, { profiles, notifications, newAccountPosts }: PoolsModuleDeps) => {
  const pools = poolsService(context, { profiles, newAccountPosts });
  const pledges = poolPledgesService(pools);
  const closing = poolClosing(context, pools, notifications);
  return {
    name: 'pools',
    services: { pools, pledges, closing, reportables: poolReportables(pools.repo, pools.policy) },
    register: (app) => {
      registerPoolRoutes(app, context.actors, { pools, pledges, closing });
      context.jobs.add({
        name: 'pool-close',
        everyMs: poolCloseEveryMs,
        run: async (now) => void (await closing.closeDue(now)),
      });
    },
  };
});
export type PoolsServices = ReturnType<typeof poolsModule>['services'];
