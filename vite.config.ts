// Builds the web app (src/web) into dist/web, served by the API server under /app/.
// Two small plugins: precompressed .br/.gz copies (served by @fastify/static, no CPU per request)
// and dist/web/.build-stamp, which `npm start` compares with the sources to decide on a rebuild.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const outDir = path.resolve(import.meta.dirname, 'dist/web');
const apiServer = process.env.KNEADWORK_API ?? 'http://localhost:3000';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );

function precompressAndStamp(): Plugin {
  return {
    name: 'kneadwork:precompress-and-stamp',
    apply: 'build',
    closeBundle() {
      for (const file of filesUnder(outDir)) {
        if (!/\.(js|css|html|svg|json)$/.test(file) || statSync(file).size < 1024) continue;
        const bytes = readFileSync(file);
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
        writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
      writeFileSync(path.join(outDir, '.build-stamp'), `${new Date().toISOString()}\n`);
    },
  };
}

export default defineConfig({
  root: path.resolve(import.meta.dirname, 'src/web'),
  base: '/app/',
  plugins: [react(), precompressAndStamp()],
  build: { outDir, emptyOutDir: true, target: 'es2022', manifest: true, chunkSizeWarningLimit: 600 },
  server: {
    // The dev server proxies the API. The API refuses cookie-carrying writes from another origin
    // (CSRF), so the proxy presents the API's own origin; this is for local development only.
    proxy: Object.fromEntries(
      ['/api', '/media', '/dev'].map((prefix) => [
        prefix,
        {
          target: apiServer,
          changeOrigin: true,
          configure: (proxy) => proxy.on('proxyReq', (request) => request.setHeader('origin', apiServer)),
        },
      ]),
    ),
  },
});
