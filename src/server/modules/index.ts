// Every domain module, built once in dependency order and registered in one list. A module built
// by its composition root (`<module>.module.ts`) gets the services it depends on here, so every
// cross-module dependency is visible in this file.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';
import { clientsModule } from './clients/clients.module.ts';
import { contactsModule } from './contacts/contacts.module.ts';
import { awayBanners } from './cover/away-banners.ts';
import { awayService } from './cover/away.service.ts';
import { registerCoverRoutes } from './cover/cover.routes.ts';
import { directoryModule } from './directory/directory.module.ts';
import { homeModule } from './home/home.module.ts';
import { lettersModule } from './letters/letters.module.ts';
import { registerMessagesModule } from './messages/messages.module.ts';
import type { Module } from './module.ts';
import { registerNetworkRoutes } from './network/network.routes.ts';
import { networkService } from './network/network.service.ts';
import { registerNotificationsModule } from './notifications/notifications.module.ts';
import { offersModule } from './offers/offers.module.ts';
import { registerProfileRoutes } from './profiles/profiles.routes.ts';
import { profilesService } from './profiles/profiles.service.ts';
import { publicPagesModule } from './public-pages/public-pages.module.ts';
import { referralsModule } from './referrals/referrals.module.ts';
import { transactionNotices } from './referrals/transaction-notices.ts';
import { scopeGuideModule } from './scope-guide/scope-guide.module.ts';
import { registerTradeRoutes } from './trades/trades.routes.ts';
import { tradesService } from './trades/trades.service.ts';
import { registerWebApp } from './web-app/web-app.routes.ts';

export type RegisterModule = (app: FastifyInstance, context: AppContext) => void | Promise<void>;
const asModule = (name: string, register: RegisterModule, context: AppContext): Module<object> => ({ name, services: {}, register: (app) => register(app, context) });

export function buildModules(context: AppContext): Module<object>[] {
  // Services of the modules without a composition root yet, built the old way.
  const profiles = profilesService(context.db, context.config.uploadDir);
  const away = awayService(context);
  const network = networkService(context);
  const trades = tradesService(context);
  const banners = awayBanners(context.db);

  const directory = directoryModule(context, { awayBanners: banners });
  const contacts = contactsModule(context, { profiles, directory: directory.services });
  const clients = clientsModule(context, { profiles, contacts: contacts.services.contacts });
  const offers = offersModule(context, { profiles, contacts: contacts.services.contacts });
  const letters = lettersModule(context, { profiles, contacts: contacts.services.contacts, offers: offers.services });
  const publicPages = publicPagesModule(context, { profiles, directory: directory.services, awayBanners: banners });
  const scopeGuide = scopeGuideModule(context, {});
  const referrals = referralsModule(context, {
    profiles,
    contacts: contacts.services.contacts,
    clients: clients.services,
    directory: directory.services,
    away,
    network,
    notifications: transactionNotices(context),
  });
  const home = homeModule(context, {
    followUps: contacts.services.followUps,
    contacts: contacts.services.contacts,
    referrals: referrals.services.referrals,
    trades,
    certificates: offers.services,
    profiles,
  });

  // Registered in this order (the web app's catch-all last).
  return [
    asModule('profiles', registerProfileRoutes, context),
    directory,
    contacts,
    clients,
    publicPages,
    offers,
    letters,
    scopeGuide,
    asModule('trades', registerTradeRoutes, context),
    asModule('network', registerNetworkRoutes, context),
    asModule('cover', registerCoverRoutes, context),
    asModule('notifications', registerNotificationsModule, context),
    referrals,
    asModule('messages', registerMessagesModule, context),
    home,
    asModule('web-app', registerWebApp, context),
  ];
}

export async function registerModules(app: FastifyInstance, context: AppContext) {
  for (const module of buildModules(context)) await module.register?.(app);
}
