// CLI entry: `serve` (default) or `migrate`. Owns config errors and exit codes; serve.ts runs the server.
import { ConfigError, loadConfig, type Config } from './config.ts';
import { openDatabase } from './db/client.ts';
import { serve } from './serve.ts';

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
      await serve(config);
      return;
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
