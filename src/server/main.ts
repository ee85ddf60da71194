// CLI entry: `serve` (default) or `migrate`. Owns the process: config errors, signals, exit codes.
import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { openDatabase } from './db/client.ts';

async function serve(config: Config) {
  const started = performance.now();
  const database = await openDatabase(config.database);
  await database.migrate();
  const app = await buildApp(config, database);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
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
  app.log.info({ database: database.kind, readyMs: Math.round(performance.now() - started), url: config.publicUrl }, 'Kneadwork is ready');
}

async function migrateOnly(config: Config) {
  const database = await openDatabase(config.database);
  await database.migrate();
  await database.close();
  console.log(`migrated (${database.kind})`);
}

async function main() {
  const command = process.argv[2] ?? 'serve';
  const config = loadConfig();
  switch (command) {
    case 'serve':
      return serve(config);
    case 'migrate':
      return migrateOnly(config);
    default:
      console.error(`unknown command "${command}" (expected: serve | migrate)`);
      process.exit(2);
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78);
  }
  console.error(error);
  process.exit(1);
});
