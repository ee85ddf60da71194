// Runs Kneadwork as a server process: open and migrate the database, build the app, listen, and
// shut down cleanly on SIGTERM/SIGINT. main.ts's `serve` command and the demo script both use it.
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/client.ts';
import { answerBackupRequests } from './backup/backup-request.ts';
import { createBackup } from './backup/backup.service.ts';
import { warmPostalData } from './lib/geo.ts';

export type ServeOptions = {
  /** Runs after migrations and before the app is built (the demo seeds its data here). */
  prepare?: (database: Database) => Promise<void>;
};

export async function serve(config: Config, options: ServeOptions = {}) {
  const started = performance.now();
  const database = await openDatabase(config.database);
  // The embedded database opens in its own thread: let it open and migrate while this thread
  // loads the app's modules, instead of one after the other (cold start).
  const migrated = database.migrate();
  const { buildApp } = await import('./app.ts');
  await migrated;
  await options.prepare?.(database);
  const app = await buildApp(config, database);
  let stopping = false;
  let stopAnswering = () => {};
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    stopAnswering();
    app.log.info({ signal }, 'shutting down: draining requests, then closing the database');
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    // app.close() waits for in-flight requests; the database closes after, so every
    // acknowledged write is flushed before the process exits.
    app
      .close()
      .then(() => database.close())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  await app.listen({ port: config.port, host: config.host });
  if (database.kind === 'pglite')
    stopAnswering = answerBackupRequests(config, () => createBackup(config, database.db, database.kind), app.log);
  // After listening and off this thread: a request meanwhile is not held up by it (geo.ts).
  void warmPostalData();
  app.log.info(
    { database: database.kind, readyMs: Math.round(performance.now() - started), url: config.publicUrl },
    'Kneadwork is ready',
  );
  return app;
}
