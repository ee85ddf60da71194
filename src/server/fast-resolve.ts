// Start-up workaround. Node's ESM resolver looks up the nearest package.json for every module it
// resolves, to learn the module's format, and re-reads the package's `exports` each time:
// drizzle-orm's package.json is 179 KB and it loads ~300 files, so this alone cost ~700 ms of a
// cold start (measured with --cpu-prof). For a relative `.js`/`.mjs`/`.cjs` import inside
// node_modules the answer is the nearest package.json's "type", which we read once per directory.
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Format = 'module' | 'commonjs';
const typeOfDirectory = new Map<string, Format>();

// Node's own rule: a .js file's format is the "type" of the nearest package.json above it (nested
// ones included, as dual packages ship dist/cjs/package.json). Cached per directory.
function nearestType(directory: string): Format {
  const known = typeOfDirectory.get(directory);
  if (known) return known;
  let type: Format;
  try {
    const manifest = JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8')) as { type?: string };
    type = manifest.type === 'module' ? 'module' : 'commonjs';
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
    const parent = path.dirname(directory);
    type = parent === directory ? 'commonjs' : nearestType(parent);
  }
  typeOfDirectory.set(directory, type);
  return type;
}

export function registerFastResolve() {
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const parent = context.parentURL;
      if (
        parent?.startsWith('file:') &&
        parent.includes('/node_modules/') &&
        /^\.\.?\/[^?#]*\.(c|m)?js$/.test(specifier)
      ) {
        const url = new URL(specifier, parent);
        const format = specifier.endsWith('.mjs')
          ? 'module'
          : specifier.endsWith('.cjs')
            ? 'commonjs'
            : nearestType(path.dirname(fileURLToPath(url)));
        return { url: url.href, format, shortCircuit: true };
      }
      return nextResolve(specifier, context);
    },
  });
}
