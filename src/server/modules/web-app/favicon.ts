// The site icon at the addresses browsers and crawlers ask for without being told: /favicon.svg
// (linked from every page) and /favicon.ico, which older browsers, feed readers and bookmark tools
// request on their own. The ICO is made once from the same SVG (a single 32×32 PNG inside an ICO
// container, which every browser since Vista-era IE reads), so there is one drawing to maintain.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

const svgFile = path.resolve(import.meta.dirname, '../../../web/public/favicon.svg');

/** An ICO file holding one PNG image: a 6-byte header, a 16-byte directory entry, the PNG. */
function icoOf(png: Buffer, size: number) {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18); // offset of the image
  return Buffer.concat([header, png]);
}

export function registerFavicon(app: FastifyInstance) {
  const svg = readFileSync(svgFile);
  let ico: Promise<Buffer> | null = null;
  const cache = 'public, max-age=86400';

  app.get('/favicon.svg', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('image/svg+xml').header('cache-control', cache).send(svg),
  );
  app.get('/favicon.ico', { schema: { hide: true } }, async (_request, reply) => {
    // sharp is loaded with the first request for the ICO, not at start-up (cold start).
    ico ??= import('sharp')
      .then(({ default: sharp }) => sharp(svg, { density: 300 }).resize(32, 32).png().toBuffer())
      .then((png) => icoOf(png, 32))
      .catch((error: unknown) => {
        ico = null; // try again on the next request rather than remember the failure
        throw error;
      });
    return reply
      .type('image/x-icon')
      .header('cache-control', cache)
      .send(await ico);
  });
}
