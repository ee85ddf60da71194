// TRUST_PROXY: whose X-Forwarded-For to believe. The client address decides the per-address limits
// and who may see the dev outbox, and the left-most X-Forwarded-For entry is whatever the client
// wrote, so only the proxies named here are believed (Fastify walks the header from the right and
// stops at the first address that is not one of them). See docs/decisions/008-csrf-and-proxies.md.
import { isIP } from 'node:net';
import type { RefinementCtx } from 'zod';

/** false: no proxy; a number: that many proxies in front; a list: the proxies' addresses or CIDR ranges. */
export type TrustProxy = false | number | string[];

// The named ranges Fastify's proxy-addr understands.
const namedRanges = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string) {
  if (namedRanges.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

export function parseTrustProxy(value: string, ctx: RefinementCtx): TrustProxy {
  const given = value.trim().toLowerCase();
  if (given === '' || given === 'false' || given === 'no' || given === '0') return false;
  if (/^\d+$/.test(given)) return Number(given);
  if (given === 'true' || given === 'yes') {
    ctx.addIssue({
      code: 'custom',
      message:
        '"true" would believe any address a client writes into X-Forwarded-For; give the number of proxies in front of Kneadwork (e.g. 1) or their addresses (e.g. 10.0.0.5,192.168.0.0/16)',
    });
    return false;
  }
  const entries = given.split(',').map((entry) => entry.trim());
  const wrong = entries.filter((entry) => !isAddressOrRange(entry));
  if (wrong.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `must be a number of proxies or a comma-separated list of IP addresses or CIDR ranges; not understood: ${wrong.map((entry) => `"${entry}"`).join(', ')}`,
    });
    return false;
  }
  return entries;
}

/** As Fastify's `trustProxy` option: a hop count becomes "believe the nearest n addresses" (as Fastify does with a number). */
export const fastifyTrustProxy = (trust: TrustProxy) =>
  typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;
