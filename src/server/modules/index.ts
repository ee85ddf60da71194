// Every domain module registers its routes here, in one list.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';
import { registerClientRoutes } from './clients/clients.routes.ts';
import { registerNetworkRoutes } from './network/network.routes.ts';
import { registerCoverRoutes } from './cover/cover.routes.ts';
import { registerContactRoutes } from './contacts/contacts.routes.ts';
import { registerDirectoryRoutes } from './directory/directory.routes.ts';
import { registerHomeRoutes } from './home/home.routes.ts';
import { registerLetterRoutes } from './letters/letters.routes.ts';
import { registerMessagesModule } from './messages/messages.module.ts';
import { registerNotificationsModule } from './notifications/notifications.module.ts';
import { registerOffersModule } from './offers/offers.module.ts';
import { registerProfileRoutes } from './profiles/profiles.routes.ts';
import { registerPublicPages } from './public-pages/public-pages.routes.ts';
import { registerReferralRoutes } from './referrals/referrals.routes.ts';
import { registerScopeGuideRoutes } from './scope-guide/scope-guide.routes.ts';
import { registerTradeRoutes } from './trades/trades.routes.ts';
import { registerWebApp } from './web-app/web-app.routes.ts';

export type RegisterModule = (app: FastifyInstance, context: AppContext) => void | Promise<void>;

export const modules: RegisterModule[] = [registerProfileRoutes, registerDirectoryRoutes, registerContactRoutes, registerClientRoutes, registerPublicPages, registerOffersModule, registerLetterRoutes, registerScopeGuideRoutes, registerTradeRoutes, registerNetworkRoutes, registerCoverRoutes, registerNotificationsModule, registerReferralRoutes, registerMessagesModule, registerHomeRoutes, registerWebApp];
