// Shared pieces of the benchmarks: load generation (autocannon), latency percentiles, free ports,
// starting the real server as a child process, and a guard that only loopback is ever touched.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

type Histogram = { p50: number; p90: number; p99: number; mean: number; max: number };
type AutocannonResult = {
  latency: Histogram;
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
};
type AutocannonRequest = { setupRequest?: (request: { path: string }) => { path: string } };
type AutocannonOptions = {
  url: string;
  connections: number;
  duration: number;
  requests?: AutocannonRequest[];
  headers?: Record<string, string>;
};
const autocannon = createRequire(import.meta.url)('autocannon') as (
  options: AutocannonOptions,
) => Promise<AutocannonResult>;

export type LoadResult = {
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  rps: number;
  requests: number;
  non2xx: number;
  errors: number;
};

/** `connections` keep-alive clients hammering `url` for `seconds`; `vary` rewrites each request's path; `headers` go with each (a session cookie). */
export async function load(
  url: string,
  connections: number,
  seconds: number,
  vary?: () => string,
  headers?: Record<string, string>,
): Promise<LoadResult> {
  const requests = vary ? [{ setupRequest: (request: { path: string }) => ({ ...request, path: vary() }) }] : undefined;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    ...(requests ? { requests } : {}),
    ...(headers ? { headers } : {}),
  });
  return {
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    meanMs: round(result.latency.mean),
    rps: Math.round(result.requests.total / result.duration),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

export const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

export function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function assertLoopback(url: string) {
  const host = new URL(url).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '[::1]')
    throw new Error(`benchmarks only run against loopback, not ${host}`);
}

/** Resolves with the time (ms since `since`) at which `url` first answered 200, or rejects after `timeoutMs`. */
export async function waitForOk(url: string, since: number, timeoutMs = 60_000, child?: ChildProcess) {
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before answering`);
    const response = await fetch(url).catch(() => null);
    if (response?.ok) return performance.now() - since;
    if (performance.now() - since > timeoutMs) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** `node src/server/main.ts serve` with `env`; stderr is kept to explain a failed start. */
export function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, [path.join(root, 'src/server/main.ts'), 'serve'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  return {
    child,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(force);
    },
  };
}

export function runNode(args: string[], env: Record<string, string>) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`node ${args.join(' ')} exited with ${code}`)),
    );
  });
}

/** The secrets every bench server needs with DATABASE_URL (fixed: bench databases are thrown away). */
export const benchSecrets = { AUTH_SECRET: 'bench-secret-bench-secret-bench-secret', ENCRYPTION_KEY: 'b'.repeat(64) };

/** The real server on a bench database (no rate limit), answering /api/health; its base address. */
export const startBenchServer = (databaseUrl: string) => startAnswering({ DATABASE_URL: databaseUrl, ...benchSecrets });

/** The same on an embedded database in `dataDir`; `env` adds settings (limits the bench needs lifted). */
export const startEmbeddedBenchServer = (dataDir: string, env: Record<string, string> = {}) =>
  startAnswering({ DATA_DIR: dataDir, ...env });

async function startAnswering(env: Record<string, string>) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = startServer({ ...env, PORT: String(port), PUBLIC_URL: base, RATE_LIMIT_PER_MINUTE: '1000000000' });
  await waitForOk(`${base}/api/health`, performance.now(), 60_000, server.child).catch(async (error: unknown) => {
    await server.stop();
    throw new Error(`${String(error)}\n${server.stderr()}`);
  });
  return { base, server };
}
