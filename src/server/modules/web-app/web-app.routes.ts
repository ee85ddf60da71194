// Serves the React app (built by Vite into dist/web) under /app/, the browser's client config,
// and the site root. Hashed assets are cached for a year; index.html is always revalidated so a
// deploy is seen on the next navigation. Any other GET under /app/ answers index.html, so the
// browser's router can take a deep link; /api/* is untouched and keeps its JSON 404.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { appBase } from '../../../contracts/app-paths.ts';
import { clientConfigSchema } from '../../../contracts/client-config.ts';
import type { AppContext } from '../../context.ts';
import { buildMissingPage } from './build-missing.ts';
import { registerFavicon } from './favicon.ts';

export const defaultDistDir = path.resolve(import.meta.dirname, '../../../../dist/web');

const hashedAsset = /^\/app\/assets\//;

// Addresses people type or other sites link to, mapped to the app's real screens (the query, e.g. a
// reset token, is kept). Without these they met the API's JSON 404.
export const appAliases: Record<string, string> = {
  '/sign-up': 'sign-up',
  '/signup': 'sign-up',
  '/join': 'sign-up',
  '/register': 'sign-up',
  '/sign-in': 'sign-in',
  '/signin': 'sign-in',
  '/login': 'sign-in',
  '/log-in': 'sign-in',
  '/forgot-password': 'forgot-password',
  '/reset-password': 'reset-password',
  // Screens that were renamed: old links (emails, bookmarks, stored notifications) still land.
  '/app/circle': 'network',
  '/account': 'account',
  '/profile': 'profile',
  '/home': '',
};

function cacheHeaders(reply: FastifyReply, file: string) {
  const immutable = file.includes(`${path.sep}assets${path.sep}`);
  void reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/** The module, serving the build found in distDir (checked per request, so a build made after boot is picked up). */
export function webAppRoutes(distDir: string) {
  const indexFile = path.join(distDir, 'index.html');

  // Needs only the config (so a test can mount it on a bare Fastify with any build directory).
  return async function registerWebApp(app: FastifyInstance, { config }: Pick<AppContext, 'config'>) {
    app.withTypeProvider<ZodTypeProvider>().get(
      '/api/client-config',
      {
        schema: {
          tags: ['platform'],
          summary: 'Settings the web app needs (map tiles)',
          response: { 200: clientConfigSchema },
        },
      },
      async (_request, reply) => {
        void reply.header('cache-control', 'public, max-age=300');
        return { map: config.map, clinicalIdleMinutes: config.clinical.idleMinutes };
      },
    );

    // The public pages module answers `/` with the landing page; on its own (a bare mount in a
    // test) the root goes to the app's own welcome.
    if (!app.hasRoute({ method: 'GET', url: '/' })) {
      app.get('/', { schema: { hide: true } }, async (_request, reply) =>
        reply.header('cache-control', 'no-store').redirect(appBase, 302),
      );
    }
    for (const [alias, screen] of Object.entries(appAliases)) {
      app.get(alias, { schema: { hide: true } }, async (request, reply) => {
        const query = request.url.indexOf('?');
        return reply.redirect(`${appBase}${screen}${query >= 0 ? request.url.slice(query) : ''}`, 301);
      });
    }
    registerFavicon(app);
    app.get(appBase.slice(0, -1), { schema: { hide: true } }, async (_request, reply) => reply.redirect(appBase, 301));

    // Its own scope with the /app prefix, so the not-found handler below covers only the app.
    await app.register(
      async (scope) => {
        await scope.register(fastifyStatic, {
          root: distDir,
          prefix: '/',
          cacheControl: false,
          setHeaders: cacheHeaders,
          preCompressed: true,
          index: 'index.html',
          suppressWarning: true,
          schemaHide: true,
          dotfiles: 'ignore',
        });
        scope.setNotFoundHandler(async (request: FastifyRequest, reply: FastifyReply) => {
          const url = request.url.split('?')[0]!;
          const isPage =
            (request.method === 'GET' || request.method === 'HEAD') &&
            url.startsWith(appBase) &&
            !hashedAsset.test(url);
          if (!isPage)
            return reply
              .status(404)
              .send({ error: { code: 'not_found', message: 'Not found' }, requestId: request.id });
          if (!existsSync(indexFile))
            return reply
              .status(503)
              .header('cache-control', 'no-store')
              .type('text/html; charset=utf-8')
              .send(buildMissingPage());
          return reply.sendFile('index.html', distDir);
        });
      },
      { prefix: appBase.slice(0, -1) },
    );
  };
}
