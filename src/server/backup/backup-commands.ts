// `npm run backup` and `npm run restore <file>` (docs/backups.md).
import type { Config } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { requestBackupFromServer } from './backup-request.ts';
import { createBackup } from './backup.service.ts';
import { restoreBackup, RestoreRefused } from './restore.service.ts';

export async function backupCommand(config: Config) {
  // A running server holds the embedded database: it makes the backup itself, through its own connection.
  const viaServer = config.database.kind === 'pglite' ? await requestBackupFromServer(config) : null;
  if (viaServer) return console.log(`backup written by the running server: ${viaServer}`);
  const database = await openDatabase(config.database);
  try {
    // A data directory the server never started on gets its tables first, so the backup says which version it is.
    if (database.kind === 'pglite') await database.migrate();
    const file = await createBackup(config, database.db, database.kind);
    console.log(`backup written: ${file}`);
    if (database.kind === 'postgres')
      console.log('It holds the uploads. Back up the PostgreSQL database itself with pg_dump (docs/backups.md).');
  } finally {
    await database.close();
  }
}

export async function restoreCommand(config: Config, file: string | undefined) {
  if (!file) {
    console.error('usage: npm run restore <backup file>');
    process.exitCode = 2;
    return;
  }
  try {
    const result = await restoreBackup(config, file);
    console.log(
      `restored ${result.rows} rows in ${result.tables} tables and ${result.files} uploaded files into ${config.dataDir}`,
    );
    if (!result.keyMatches) {
      console.warn(
        'WARNING: the encryption key here is not the one this backup was made with, so clinical text cannot be read.',
      );
      console.warn(
        `Put the saved key in ENCRYPTION_KEY, or into ${config.dataDir}/encryption-key, before starting the server.`,
      );
    }
  } catch (error) {
    if (!(error instanceof RestoreRefused)) throw error;
    console.error(`restore refused: ${error.message}`);
    process.exitCode = 1;
  }
}
