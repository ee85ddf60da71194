// The server-rendered pages: the landing page, /p/<slug> and /directory. No services of its own.
import { defineModule } from '../module.ts';
import { registerPublicPages, type PublicPagesDeps } from './public-pages.routes.ts';

export const publicPagesModule = defineModule((context, deps: PublicPagesDeps) => ({
  name: 'public-pages',
  services: {},
  register: (app) => registerPublicPages(app, context, deps),
}));
