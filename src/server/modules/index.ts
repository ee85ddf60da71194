// Every module, built once in dependency order: a module receives the services of the modules it
// depends on (its deps), so every cross-module dependency is written here and in its factory's
// deps type. Routes are registered after all modules are built, in the order below.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';
import { authModule } from './auth/auth.module.ts';
import { registerClientRoutes } from './clients/clients.routes.ts';
import { registerContactRoutes } from './contacts/contacts.routes.ts';
import { coverModule } from './cover/cover.module.ts';
import { registerDirectoryRoutes } from './directory/directory.routes.ts';
import { healthModule } from './health/health.module.ts';
import { registerHomeRoutes } from './home/home.routes.ts';
import { registerLetterRoutes } from './letters/letters.routes.ts';
import { mailModule } from './mail/mail.module.ts';
import { messagesModule } from './messages/messages.module.ts';
import type { Module } from './module.ts';
import { networkModule } from './network/network.module.ts';
import { notificationsModule } from './notifications/notifications.module.ts';
import { registerOffersModule } from './offers/offers.module.ts';
import { platformModule } from './platform/platform.module.ts';
import { profileViewModule } from './profiles/profile-view.module.ts';
import { profilesModule } from './profiles/profiles.module.ts';
import { registerPublicPages } from './public-pages/public-pages.routes.ts';
import { registerReferralRoutes } from './referrals/referrals.routes.ts';
import { registerScopeGuideRoutes } from './scope-guide/scope-guide.routes.ts';
import { tradesModule } from './trades/trades.module.ts';
import { webAppModule } from './web-app/web-app.module.ts';

/** A module still registered by a function of (app, context) (until it has its own factory). */
type Registration = (app: FastifyInstance) => void | Promise<void>;
const registered = (name: string, register: Registration): Module<Record<string, never>> => ({ name, services: {}, register });

export function buildModules(context: AppContext) {
  const platform = platformModule(context, {});
  const health = healthModule(context, {});
  const auth = authModule(context, { rateLimits: platform.services.rateLimits });
  const mail = mailModule(context, {});
  const notifications = notificationsModule(context, {});
  const profiles = profilesModule(context, {});
  const network = networkModule(context, { profiles: profiles.services.profiles, notifications: notifications.services.notifications });
  const cover = coverModule(context, { profiles: profiles.services.profiles, network: network.services.network, notifications: notifications.services.notifications });
  const profileView = profileViewModule(context, { profiles: profiles.services.profiles, network: network.services.network, cover: cover.services });
  const trades = tradesModule(context, { profiles: profiles.services.profiles, notifications: notifications.services.notifications });
  const messages = messagesModule(context, { profiles: profiles.services.profiles });
  const webApp = webAppModule(context, {});

  // What the modules not yet built by a factory take from the ones that are.
  const services: MemberServices = { profiles: profiles.services.profiles, network: network.services.network, away: cover.services.away, trades: trades.services.trades };

  const modules: Module<unknown>[] = [
    health,
    auth,
    mail,
    profiles,
    profileView,
    registered('directory', (app) => registerDirectoryRoutes(app, context)),
    registered('contacts', (app) => registerContactRoutes(app, context)),
    registered('clients', (app) => registerClientRoutes(app, context)),
    registered('public-pages', (app) => registerPublicPages(app, context)),
    registered('offers', (app) => registerOffersModule(app, context)),
    registered('letters', (app) => registerLetterRoutes(app, context)),
    registered('scope-guide', (app) => registerScopeGuideRoutes(app, context)),
    trades,
    network,
    cover,
    notifications,
    registered('referrals', (app) => registerReferralRoutes(app, context, services)),
    messages,
    registered('home', (app) => registerHomeRoutes(app, context, services)),
    platform,
    webApp,
  ];
  return {
    modules,
    services: { profiles: profiles.services, network: network.services, cover: cover.services, trades: trades.services, notifications: notifications.services, messages: messages.services, auth: auth.services, platform: platform.services },
    register: async (app: FastifyInstance) => {
      for (const module of modules) await module.register?.(app);
    },
  };
}

/** The services the referrals and home modules take (they build nothing of these themselves). */
export type MemberServices = {
  profiles: ReturnType<typeof profilesModule>['services']['profiles'];
  network: ReturnType<typeof networkModule>['services']['network'];
  away: ReturnType<typeof coverModule>['services']['away'];
  trades: ReturnType<typeof tradesModule>['services']['trades'];
};
