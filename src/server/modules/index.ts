// Every domain module registers its routes here, in one list.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';
import { registerContactRoutes } from './contacts/contacts.routes.ts';
import { registerDirectoryRoutes } from './directory/directory.routes.ts';
import { registerLetterRoutes } from './letters/letters.routes.ts';
import { registerOffersModule } from './offers/offers.module.ts';
import { registerProfileRoutes } from './profiles/profiles.routes.ts';
import { registerPublicPages } from './public-pages/public-pages.routes.ts';
import { registerWebApp } from './web-app/web-app.routes.ts';

export type RegisterModule = (app: FastifyInstance, context: AppContext) => void | Promise<void>;

export const modules: RegisterModule[] = [registerProfileRoutes, registerDirectoryRoutes, registerContactRoutes, registerPublicPages, registerOffersModule, registerLetterRoutes, registerWebApp];
