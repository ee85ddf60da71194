// Builds the web app (src/web) into dist/web, served by the API server under /app/.
// Small plugins: precompressed .br/.gz copies (served by @fastify/static, no CPU per request),
// dist/web/.build-stamp, which `npm start` compares with the sources to decide on a rebuild, and
// Mantine's styles per component, so a page loads the CSS of the components it shows.
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

// Each Mantine component module that reads its class names (`./Button.module.mjs`) gets an
// import of its stylesheet (`styles/Button.css`) appended, after its own imports, so what it builds
// on (UnstyledButton) comes first, as Mantine's docs ask; the CSS then follows the JS into each
// page's chunk. main.tsx imports `virtual:mantine-styles`: the global styles in a build, the whole
// stylesheet in the dev server (which pre-bundles dependencies without this transform).
const mantineStylesId = 'virtual:mantine-styles';
function mantineStylesPerComponent(): Plugin {
  let building = false;
  return {
    name: 'kneadwork:mantine-styles-per-component',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId: (id) => (id === mantineStylesId ? `\0${mantineStylesId}` : null),
    load(id) {
      if (id !== `\0${mantineStylesId}`) return null;
      const files = building ? ['baseline', 'default-css-variables', 'global'] : [];
      return building
        ? files.map((file) => `import '@mantine/core/styles/${file}.css';`).join('\n')
        : `import '@mantine/core/styles.css';`;
    },
    transform(code, id) {
      if (!building || !/[\\/]@mantine[\\/]core[\\/]esm[\\/].*\.mjs$/.test(id)) return null;
      // ScrollArea (and so every Table) takes only useMergeRefs from floating-ui; Mantine's own
      // useMergedRef does the same, so a page with a table does not fetch the floating-ui chunk.
      if (/[\\/]ScrollArea[\\/]ScrollArea\.mjs$/.test(id))
        code = code
          .replace(
            'import { useMergeRefs } from "@floating-ui/react";',
            'import { useMergedRef } from "@mantine/hooks";',
          )
          .replace(/useMergeRefs\(\[([^\]]*)\]\)/g, 'useMergedRef($1)');
      if (/[\\/]ScrollArea[\\/]ScrollArea\.mjs$/.test(id) && code.includes('@floating-ui/react'))
        this.warn('ScrollArea still imports floating-ui: Mantine changed, update vite.config.ts');
      const names = new Set([...code.matchAll(/from "[./\w-]*?\/(\w+)\.module\.mjs"/g)].map((match) => match[1]!));
      if (names.size === 0) return null;
      const imports = [...names].map((name) => `import '@mantine/core/styles/${name}.css';`).join('\n');
      return { code: `${code}\n${imports}\n`, map: null };
    },
  };
}

export default defineConfig({
  root: path.resolve(import.meta.dirname, 'src/web'),
  base: '/app/',
  plugins: [react(), mantineStylesPerComponent(), precompressAndStamp()],
  // Every browser the app supports (es2022) has <link rel="modulepreload">: no polyfill in the entry.
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    manifest: true,
    chunkSizeWarningLimit: 600,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // Left alone, the per-page split made each page fetch 20–45 files of a few hundred bytes
              // (Mantine's components and helpers, our small api and component modules), one round
              // trip per six on HTTP/1.1: on a phone's network that, not bytes, held the first paint
              // back. What at least 30 lazy modules share goes into one chunk the shell loads; what
              // fewer share still splits per page (docs/decisions/033-pages-on-a-phone.md).
              name: 'kit',
              test: /node_modules[\\/]@mantine[\\/]|src[\\/]web[\\/](api|components)[\\/]/,
              minShareCount: 30,
              maxModuleSize: 8000,
            },
          ],
        },
      },
    },
  },
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
