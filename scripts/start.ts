// `npm start`: builds the web app when its build is missing or older than its sources, then runs
// the server as a child (same Node), passing signals on and exiting with the server's code.
// Without Vite (a production install without devDependencies) an existing build is served as is.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { webBuildState } from './web-build-state.ts';

const root = path.resolve(import.meta.dirname, '..');

function viteCli(): string | null {
  try {
    return path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  } catch {
    return null;
  }
}

function buildWebIfStale() {
  const state = webBuildState();
  if (state === 'fresh') return;
  const vite = viteCli();
  const reason = state === 'missing' ? 'no build of the web app yet' : 'the web app changed since its last build';
  if (!vite) {
    console.warn(
      `[start] ${reason}, and Vite is not installed (devDependencies): ${state === 'stale' ? 'serving the old build' : 'the app pages will say how to build it'}.`,
    );
    return;
  }
  console.log(`[start] ${reason}: building it (vite build)…`);
  // Always a production build: the server's NODE_ENV (development for the browser tests' dev outbox)
  // would otherwise make Vite bundle React's development build, three times the size.
  const built = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (built.status !== 0) {
    console.error(
      '[start] the web app build failed; fix the error above, or run the API alone with `node src/server/main.ts serve`.',
    );
    process.exit(built.status ?? 1);
  }
}

buildWebIfStale();

const server = spawn(process.execPath, [path.join(root, 'src/server/main.ts'), 'serve', ...process.argv.slice(2)], {
  cwd: process.cwd(),
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => {
  if (signal) {
    // Die of the same signal, so whoever started us sees what happened.
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  } else process.exit(code ?? 1);
});
