// CLI entry (node src/server/main.ts serve|migrate). Before anything else loads: Node's compile
// cache (a second start skips parsing and type-stripping again) and the resolver shortcut in
// fast-resolve.ts. Both only make start-up faster; behaviour is the same without them.
import { enableCompileCache } from 'node:module';
import { registerFastResolve } from './fast-resolve.ts';

enableCompileCache();
registerFastResolve();
await import('./cli.ts');
