// Start-up workaround. Node's ESM resolver reads and parses a package.json again for every module
// it resolves, where it could remember it:
// - a relative `.js`/`.mjs`/`.cjs` import inside node_modules looks up the nearest package.json
//   to learn the module's format: its "type", which we read once per directory;
// - a bare import (`drizzle-orm`) re-parses the package's whole `exports` map for every importing
//   file: drizzle-orm's package.json is 179 KB and ~125 of our files import it, ~3 ms each. The
//   answer depends only on where the lookup starts (see `lookupRoot`), so we keep it.
// Together ~1 s of a cold start (measured with --cpu-prof). Both answers are Node's own.
import { existsSync, readFileSync } from 'node:fs';
import { registerHooks, type ResolveFnOutput } from 'node:module';
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

// A bare specifier resolves by the importing file's package scope (the nearest package.json, for
// self-references) and then node_modules folders from the file's directory upward. Files whose
// nearest directory holding either is the same get the same answer for the same specifier.
const rootOfDirectory = new Map<string, string>();
function lookupRoot(directory: string): string {
  const known = rootOfDirectory.get(directory);
  if (known) return known;
  const parent = path.dirname(directory);
  const root =
    parent === directory ||
    existsSync(path.join(directory, 'node_modules')) ||
    existsSync(path.join(directory, 'package.json'))
      ? directory
      : lookupRoot(parent);
  rootOfDirectory.set(directory, root);
  return root;
}

const bareResolved = new Map<string, ResolveFnOutput>();
const isBare = (specifier: string) => /^(?![./#]|[a-z][a-z\d+.-]*:)/i.test(specifier);

export function registerFastResolve() {
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const parent = context.parentURL;
      if (!parent?.startsWith('file:')) return nextResolve(specifier, context);
      if (parent.includes('/node_modules/')) {
        if (!/^\.\.?\/[^?#]*\.(c|m)?js$/.test(specifier)) return nextResolve(specifier, context);
        const url = new URL(specifier, parent);
        const format = specifier.endsWith('.mjs')
          ? 'module'
          : specifier.endsWith('.cjs')
            ? 'commonjs'
            : nearestType(path.dirname(fileURLToPath(url)));
        return { url: url.href, format, shortCircuit: true };
      }
      // Our own files' bare imports. Import attributes (`with { type: 'json' }`) travel with the
      // answer, so only imports without them are kept (require() has none at all).
      const attributes = context.importAttributes as ImportAttributes | undefined;
      if (!isBare(specifier) || Object.keys(attributes ?? {}).length > 0) return nextResolve(specifier, context);
      const key = [specifier, lookupRoot(path.dirname(fileURLToPath(parent))), ...context.conditions].join('\0');
      const known = bareResolved.get(key);
      if (known) return { ...known, shortCircuit: true };
      const resolved = nextResolve(specifier, context);
      bareResolved.set(key, { ...resolved });
      return resolved;
    },
  });
}
