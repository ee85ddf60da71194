// Treatment trades: proposals, transitions with their calendar invites, notes, the minutes ledger.
import { defineModule } from '../module.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { tradeTransitionsService } from './trade-transitions.service.ts';
import { registerTradeRoutes } from './trades.routes.ts';
import { tradesService } from './trades.service.ts';

export type TradesModuleDeps = { profiles: ProfilesService; notifications: NotificationsService };

export const tradesModule = defineModule((context, { profiles, notifications }: TradesModuleDeps) => {
  const trades = tradesService(context, { profiles, notifications });
  const transitions = tradeTransitionsService(context, { trades, profiles, notifications });
  return {
    name: 'trades',
    services: { trades, transitions },
    register: (app) => registerTradeRoutes(app, context.actors, { trades, transitions }),
  };
});
export type TradesServices = ReturnType<typeof tradesModule>['services'];
