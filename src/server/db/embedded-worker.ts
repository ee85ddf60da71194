// Runs PGlite in its own thread. PGlite executes SQL synchronously inside WebAssembly, where
// PostgreSQL's statement_timeout never fires; in a worker the main thread can stop a runaway
// query by terminating the thread (see embedded-client.ts and docs/decisions/002-database.md).
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { restrictTree } from '../lib/private-files.ts';
import type { WorkerReply, WorkerRequest } from './embedded-protocol.ts';

const { dir } = workerData as { dir: string };
const port = parentPort;
if (!port) throw new Error('embedded-worker must run as a worker thread');

// Order matters: cube must load before earthdistance and pg_trgm, or a `%` similarity query
// returns no rows and the next query spins (a PGlite trap; regression-tested).
const db = await PGlite.create(dir, { extensions: { cube, earthdistance, pg_trgm } });
// PGlite leaves the files it unpacks 0666; the files PostgreSQL creates later ask for 0600 itself.
restrictTree(dir);

const keepRaw = (value: string) => value;

function serializeError(error: unknown): WorkerReply['error'] {
  const e = error as Record<string, unknown>;
  return {
    message: error instanceof Error ? error.message : String(error),
    code: typeof e.code === 'string' ? e.code : undefined,
    detail: typeof e.detail === 'string' ? e.detail : undefined,
    constraint: typeof e.constraint === 'string' ? e.constraint : undefined,
    table: typeof e.table === 'string' ? e.table : undefined,
    column: typeof e.column === 'string' ? e.column : undefined,
  };
}

async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.op) {
    case 'query': {
      const parsers = Object.fromEntries(request.rawTypes.map((oid) => [oid, keepRaw]));
      const result = await db.query(request.sql, request.params, { rowMode: request.rowMode, parsers });
      return { rows: result.rows, fields: result.fields, affectedRows: result.affectedRows };
    }
    case 'exec':
      return db.exec(request.sql);
    case 'close':
      await db.close();
      restrictTree(dir);
      return null;
  }
}

port.on('message', (request: WorkerRequest) => {
  handle(request).then(
    (result) => port.postMessage({ id: request.id, ok: true, result } satisfies WorkerReply),
    (error: unknown) =>
      port.postMessage({ id: request.id, ok: false, error: serializeError(error) } satisfies WorkerReply),
  );
});
port.postMessage({ id: 0, ok: true, result: 'ready' } satisfies WorkerReply);
