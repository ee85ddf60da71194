// Security headers (helmet, CSP without inline scripts), a general per-IP rate limit, and the
// CSRF defence: a state-changing request a browser says comes from another site is refused, and
// one that carries cookies must show it comes from our own origin (docs/decisions/008-csrf-and-proxies.md).
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import helmet from 'helmet';
import type { Config } from '../config.ts';
import { AppError } from './errors.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(url: string) {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

export type RequestSource = 'own' | 'foreign' | 'unstated';

/**
 * Where the browser says a request comes from. Fetch Metadata first: Chromium sends `Origin: null`
 * for a form posted from a page whose referrer policy hides it, but still `Sec-Fetch-Site`. Then
 * Origin, then Referer; 'unstated' when there is none of them (a mail client, a script, an old browser).
 */
export function requestSource(request: FastifyRequest, ownOrigins: ReadonlySet<string>): RequestSource {
  const site = request.headers['sec-fetch-site'];
  if (site === 'same-origin') return 'own';
  if (site === 'cross-site' || site === 'same-site') return 'foreign';
  const origin =
    request.headers.origin ?? (request.headers.referer ? (originOf(request.headers.referer) ?? 'null') : undefined);
  if (origin === undefined) return 'unstated';
  return ownOrigins.has(origin) || origin === `${request.protocol}://${request.host}` ? 'own' : 'foreign';
}

// A refused form post is a page a person reads, so it says what happened in words, not JSON.
const refusedFormPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Form refused | Kneadwork</title></head>
<body><main><h1>This form was refused</h1><p>Your browser did not confirm that the form was sent from a Kneadwork page, so nothing was changed. Go back, reload the page and send the form again.</p>
<p>If this keeps happening, a browser setting or extension may be hiding where requests come from.</p></main></body></html>`;

function refuse(request: FastifyRequest, reply: FastifyReply) {
  const isFormPost = /^application\/x-www-form-urlencoded|^multipart\/form-data/.test(
    request.headers['content-type'] ?? '',
  );
  if (isFormPost && (request.headers.accept ?? '').includes('text/html')) {
    return reply.status(403).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(refusedFormPage);
  }
  throw new AppError('forbidden_origin', 'Cross-site request refused: the Origin header must be this site');
}

export async function registerSecurity(app: FastifyInstance, config: Config) {
  const tileOrigin = originOf(config.map.tileUrl.replace(/\{[a-z]\}/g, 'a'));
  // Helmet's middleware is built once: @fastify/helmet built it anew for every request, parsing the
  // policy each time (~7 % of a directory search's CPU). No route sets helmet options of its own.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine writes its CSS variables into a <style> element at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...(tileOrigin ? [tileOrigin] : [])],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: config.publicUrl.startsWith('https://') ? [] : null,
      },
    },
    strictTransportSecurity: config.publicUrl.startsWith('https://'),
    crossOriginEmbedderPolicy: false,
    // Not no-referrer: with it Chromium posts our own forms with `Origin: null`. This one still sends
    // other sites only our origin, never a path that holds a token (docs/security.md).
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  app.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)),
  );

  // Hashed web-app assets and stored images are static, cached files: one app load is ~30 of them,
  // and counting them would let a member's own browsing (or a practice behind one NAT address)
  // exhaust the limit meant for API work.
  const staticFile = /^\/(app\/assets|media)\//;
  await app.register(rateLimit, {
    global: true,
    max: config.rateLimitPerMinute,
    timeWindow: '1 minute',
    allowList: (request) => staticFile.test(request.url),
  });

  const ownOrigins = new Set(config.ownOrigins);
  app.addHook('onRequest', async (request, reply) => {
    if (safeMethods.has(request.method)) return;
    const source = requestSource(request, ownOrigins);
    // Without a cookie, a request that names no source carries no ambient credential to misuse: the
    // public forms' tokens are in their paths, and RFC 8058 one-click unsubscribes come from mail servers.
    if (source === 'foreign' || (source === 'unstated' && request.headers.cookie)) return refuse(request, reply);
  });
}
