// The main-thread side of the embedded database: a PGlite-shaped client (query, exec,
// transaction) that drizzle's pglite driver accepts, backed by a worker thread. Every statement
// has a deadline; a statement past it ends the worker, fails with `query_timeout`, and the next
// statement reopens the database (PostgreSQL recovery replays the WAL, so committed work stays).
import { Worker } from 'node:worker_threads';
import type { QueryResultLike, WorkerReply, WorkerRequest } from './embedded-protocol.ts';

type Pending = { worker: Worker; resolve: (value: unknown) => void; reject: (error: Error) => void };
type QueryOptions = { rowMode?: 'array' | 'object'; parsers?: Record<number, unknown> };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export class EmbeddedQueryError extends Error {
  code: string | undefined;
  detail: string | undefined;
  constraint: string | undefined;
  constructor(fields: NonNullable<WorkerReply['error']>) {
    super(fields.message);
    this.name = 'EmbeddedQueryError';
    this.code = fields.code;
    this.detail = fields.detail;
    this.constraint = fields.constraint;
  }
}

// A queue of one: PGlite is a single connection, so statements and whole transactions take turns.
class Turnstile {
  private tail: Promise<void> = Promise.resolve();
  async run<T>(task: () => Promise<T>): Promise<T> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise((resolve) => (release = resolve));
    await previous;
    try {
      return await task();
    } finally {
      release();
    }
  }
}

export type TransactionClient = {
  query: (sql: string, params?: unknown[], options?: QueryOptions) => Promise<QueryResultLike>;
  exec: (sql: string) => Promise<unknown>;
};

export class EmbeddedClient implements TransactionClient {
  private worker: Worker | undefined;
  private starting: Promise<Worker> | undefined;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private turns = new Turnstile();
  private closed = false;
  readonly dir: string;
  readonly timeoutMs: number;
  restarts = 0;

  constructor(dir: string, timeoutMs: number) {
    this.dir = dir;
    this.timeoutMs = timeoutMs;
  }

  private start(): Promise<Worker> {
    if (this.worker) return Promise.resolve(this.worker);
    this.starting ??= new Promise<Worker>((resolve, reject) => {
      const worker = new Worker(new URL('./embedded-worker.ts', import.meta.url), { workerData: { dir: this.dir } });
      worker.on('message', (reply: WorkerReply) => {
        if (reply.id === 0) {
          this.worker = worker;
          this.starting = undefined;
          resolve(worker);
          return;
        }
        const waiter = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if (!waiter) return;
        if (reply.ok) waiter.resolve(reply.result);
        else waiter.reject(new EmbeddedQueryError(reply.error ?? { message: 'embedded database error' }));
      });
      worker.on('error', (error: Error) => {
        this.forget(worker);
        this.failAll(worker, error);
        reject(error);
      });
      worker.on('exit', () => {
        this.forget(worker);
        this.failAll(worker, new Error('embedded database worker exited'));
      });
    });
    return this.starting;
  }

  private forget(worker: Worker) {
    if (this.worker === worker) this.worker = undefined;
    if (this.worker === undefined) this.starting = undefined;
  }

  private failAll(worker: Worker, error: Error) {
    for (const [id, waiter] of this.pending) {
      if (waiter.worker !== worker) continue;
      this.pending.delete(id);
      waiter.reject(error);
    }
  }

  private async send(request: DistributiveOmit<WorkerRequest, 'id'>, timeoutMs = this.timeoutMs): Promise<unknown> {
    if (this.closed) throw new Error('embedded database is closed');
    const worker = await this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        this.restarts += 1;
        // Forget the worker now so the next statement starts a fresh one on the same directory.
        this.forget(worker);
        void worker.terminate();
        const error = new EmbeddedQueryError({
          message: `statement exceeded ${timeoutMs} ms and was cancelled`,
          code: 'query_timeout',
        });
        reject(error);
      }, timeoutMs);
      this.pending.set(id, {
        worker,
        resolve: (value) => (clearTimeout(timer), resolve(value)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      });
      worker.postMessage({ ...request, id });
    });
  }

  private direct(): TransactionClient {
    return {
      query: async (sql, params = [], options = {}) =>
        (await this.send({
          op: 'query',
          sql,
          params,
          rowMode: options.rowMode ?? 'object',
          rawTypes: Object.keys(options.parsers ?? {}).map(Number),
        })) as QueryResultLike,
      exec: (sql) => this.send({ op: 'exec', sql }),
    };
  }

  query(sql: string, params?: unknown[], options?: QueryOptions): Promise<QueryResultLike> {
    return this.turns.run(() => this.direct().query(sql, params, options));
  }

  exec(sql: string): Promise<unknown> {
    return this.turns.run(() => this.direct().exec(sql));
  }

  transaction<T>(body: (tx: TransactionClient) => Promise<T>): Promise<T> {
    return this.turns.run(async () => {
      const tx = this.direct();
      await tx.exec('BEGIN');
      try {
        const result = await body(tx);
        await tx.exec('COMMIT');
        return result;
      } catch (error) {
        // A timed-out statement already ended the worker, and with it the transaction.
        if (this.worker) await tx.exec('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  /** Starts the worker (opening the database) now rather than at the first statement. */
  warm() {
    this.start().catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.turns.run(async () => {
      if (this.worker || this.starting) await this.send({ op: 'close' }, 60_000).catch(() => undefined);
      this.closed = true;
      await this.worker?.terminate();
      this.worker = undefined;
    });
    open.delete(this.dir);
  }
}

// One client per directory in a process: PGlite must not open the same directory twice.
const open = new Map<string, EmbeddedClient>();

export function embeddedClient(dir: string, timeoutMs: number) {
  let client = open.get(dir);
  if (!client) open.set(dir, (client = new EmbeddedClient(dir, timeoutMs)));
  return client;
}
