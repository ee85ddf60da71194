// `npm run restore <file>`: a backup back into an empty DATA_DIR (docs/backups.md). The database is
// migrated by this version first, then the backup's rows replace what migrations put there; a
// backup made by a newer version (migrations this one does not know) is refused.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { extract } from 'tar';
import type { Config } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { ensurePrivateDir, restrictTree } from '../lib/private-files.ts';
import { backupTablesRepository } from './backup-tables.repository.ts';
import { keyCheckOf, tableFile, type BackupManifest } from './backup.service.ts';

export class RestoreRefused extends Error {}

// What loading the config may already have written into DATA_DIR (the generated secrets).
const allowedInEmpty = new Set(['auth-secret', 'encryption-key']);

function refuseUnlessEmpty(config: Config) {
  const inData = existsSync(config.dataDir)
    ? readdirSync(config.dataDir).filter(
        (name) => !allowedInEmpty.has(name) && path.join(config.dataDir, name) !== config.uploadDir,
      )
    : [];
  const inUploads = existsSync(config.uploadDir) ? readdirSync(config.uploadDir) : [];
  if (inData.length > 0 || inUploads.length > 0) {
    const found = [...inData, ...inUploads.map((name) => `uploads/${name}`)].slice(0, 5).join(', ');
    throw new RestoreRefused(
      `DATA_DIR ${config.dataDir} is not empty (${found}). Restore only into an empty data directory, so nothing is overwritten.`,
    );
  }
}

export type RestoreResult = { tables: number; rows: number; files: number; keyMatches: boolean };

export async function restoreBackup(config: Config, file: string): Promise<RestoreResult> {
  if (config.database.kind !== 'pglite')
    throw new RestoreRefused(
      'restore loads the embedded database; with DATABASE_URL set, restore PostgreSQL with pg_restore (docs/backups.md)',
    );
  if (!existsSync(file)) throw new RestoreRefused(`no backup at ${file}`);
  refuseUnlessEmpty(config);
  ensurePrivateDir(config.dataDir);
  const unpacked = mkdtempSync(path.join(config.dataDir, '.restore-'));
  try {
    await extract({ file, cwd: unpacked });
    const manifest = JSON.parse(readFileSync(path.join(unpacked, 'manifest.json'), 'utf8')) as BackupManifest;
    if (manifest.database !== 'embedded')
      throw new RestoreRefused(
        'this backup holds no database (it was made on PostgreSQL; restore that with pg_restore)',
      );
    const database = await openDatabase(config.database);
    let rows = 0;
    try {
      await database.migrate();
      const known = new Set(await backupTablesRepository(database.db).appliedMigrations());
      if (manifest.migrations.some((hash) => !known.has(hash)))
        throw new RestoreRefused('this backup was made by a newer Kneadwork; restore it with that version or later');
      await backupTablesRepository(database.db).load(async (table) => {
        const source = path.join(unpacked, tableFile(table));
        if (!existsSync(source)) return null;
        const lines = readFileSync(source, 'utf8').split('\n').filter(Boolean);
        rows += lines.length;
        return lines;
      });
    } finally {
      await database.close();
    }
    const uploads = path.join(unpacked, 'uploads');
    const files = existsSync(uploads) ? readdirSync(uploads, { recursive: true }).length : 0;
    if (existsSync(uploads)) {
      ensurePrivateDir(config.uploadDir);
      cpSync(uploads, config.uploadDir, { recursive: true });
      restrictTree(config.uploadDir);
    }
    restrictTree(config.dataDir);
    return {
      tables: Object.keys(manifest.tables).length,
      rows,
      files,
      keyMatches: manifest.keyCheck === keyCheckOf(config.encryptionKey),
    };
  } finally {
    rmSync(unpacked, { recursive: true, force: true });
  }
}
