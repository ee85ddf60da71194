// The commands: `serve` (default), `migrate`, `backup`, `restore <file>`, `keys rotate|reseal` or `admin grant|revoke <email>|list`. Owns config errors and exit codes; serve.ts runs the server.
import { ConfigError, loadConfig, type Config } from './config.ts';
import { embeddedClient } from './db/embedded-client.ts';

async function migrateOnly(config: Config) {
  const { openDatabase } = await import('./db/client.ts');
  const database = await openDatabase(config.database);
  await database.migrate();
  await database.close();
  console.log(`migrated (${database.kind})`);
}

async function main() {
  const command = process.argv[2] ?? 'serve';
  const config = loadConfig();
  switch (command) {
    case 'serve': {
      // Start opening the embedded database in its thread before loading the rest of the server
      // (the ORM and the app), so the two overlap (cold start).
      if (config.database.kind === 'pglite') embeddedClient(config.database.dir, config.database.queryTimeoutMs).warm();
      const { serve } = await import('./serve.ts');
      await serve(config);
      return;
    }
    case 'migrate':
      return migrateOnly(config);
    case 'backup':
    case 'restore': {
      const { backupCommand, restoreCommand } = await import('./backup/backup-commands.ts');
      return command === 'backup' ? backupCommand(config) : restoreCommand(config, process.argv[3]);
    }
    case 'keys': {
      const { keysCommand } = await import('./modules/clients/client-keys.command.ts');
      return keysCommand(config, process.argv[3]);
    }
    case 'admin': {
      const { adminCommand } = await import('./modules/moderation/admin.command.ts');
      return adminCommand(config, process.argv[3], process.argv[4]);
    }
    default:
      console.error(
        `unknown command "${command}" (expected: serve | migrate | backup | restore <file> | keys rotate|reseal | admin grant|revoke <email> | admin list)`,
      );
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
