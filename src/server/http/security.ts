// Security headers (helmet, CSP without inline scripts), a general per-IP rate limit, and the
// CSRF defence: a state-changing request that carries cookies must come from our own origin.
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
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

export async function registerSecurity(app: FastifyInstance, config: Config) {
  const tileOrigin = originOf(config.map.tileUrl.replace(/\{[a-z]\}/g, 'a'));
  await app.register(helmet, {
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
  });

  // Hashed web-app assets and stored images are static, cached files: one app load is ~30 of them,
  // and counting them would let a member's own browsing (or a practice behind one NAT address)
  // exhaust the limit meant for API work.
  const staticFile = /^\/(app\/assets|media)\//;
  await app.register(rateLimit, { global: true, max: config.rateLimitPerMinute, timeWindow: '1 minute', allowList: (request) => staticFile.test(request.url) });

  const ownOrigin = new URL(config.publicUrl).origin;
  app.addHook('onRequest', async (request) => {
    if (safeMethods.has(request.method) || !request.headers.cookie) return;
    const origin = request.headers.origin ?? (request.headers.referer ? originOf(request.headers.referer) : null);
    const sameHost = `${request.protocol}://${request.host}`;
    if (origin !== ownOrigin && origin !== sameHost) {
      throw new AppError('forbidden_origin', 'Cross-site request refused: the Origin header must be this site');
    }
  });
}
