// `npm run backup` and the daily backup job (docs/backups.md): one compressed, time-stamped file
// holding the embedded database (a consistent logical copy, made while the server keeps running)
// and the uploads. Secrets — the encryption key for clinical text, the session secret — are never
// in it; the manifest holds only a check value that tells a restore whether its key is the right one.
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { create } from 'tar';
import type { Config } from '../config.ts';
import type { Db, DatabaseKind } from '../db/client.ts';
import { ensurePrivateDir, privateFileMode } from '../lib/private-files.ts';
import { backupTablesRepository, type TableName } from './backup-tables.repository.ts';

export type BackupManifest = {
  format: 1;
  createdAt: string;
  /** 'embedded' when the file holds the database; on PostgreSQL use pg_dump (docs/backups.md). */
  database: 'embedded' | 'not-included';
  migrations: string[];
  tables: Record<string, number>;
  keyCheck: string;
};

const prefix = 'kneadwork-';
const suffix = '.tar.gz';
export const tableFile = (table: TableName) => path.join('database', `${table.schema}.${table.name}.jsonl`);

/** A value that tells whether two keys are the same without revealing either. */
export const keyCheckOf = (key: Buffer) =>
  createHash('sha256').update('kneadwork backup key check\0').update(key).digest('hex').slice(0, 16);

// '2026-12-05T23:30:12.345Z' → 'kneadwork-2026-12-05T233012Z.tar.gz': sorts by time, no colons.
const fileNameAt = (at: Date) =>
  `${prefix}${at
    .toISOString()
    .slice(0, 19)
    .replace(/:/g, '')
    .replace(/(T\d{6})$/, '$1Z')}${suffix}`;

/** Writes a backup into the backup directory and answers its path. */
export async function createBackup(config: Config, db: Db, kind: DatabaseKind, now = new Date()): Promise<string> {
  ensurePrivateDir(config.backup.dir);
  const staging = mkdtempSync(path.join(config.backup.dir, '.staging-'));
  try {
    const manifest: BackupManifest = {
      format: 1,
      createdAt: now.toISOString(),
      database: kind === 'pglite' ? 'embedded' : 'not-included',
      migrations: [],
      tables: {},
      keyCheck: keyCheckOf(config.encryptionKey),
    };
    if (kind === 'pglite') {
      mkdirSync(path.join(staging, 'database'));
      await backupTablesRepository(db).dump(async (table, rows) => {
        manifest.tables[`${table.schema}.${table.name}`] = rows.length;
        await writeFile(path.join(staging, tableFile(table)), rows.join('\n'), { mode: privateFileMode });
      });
      manifest.migrations = await backupTablesRepository(db).appliedMigrations();
    }
    // After the snapshot: every file a backed-up row names was written before its row committed.
    if (existsSync(config.uploadDir)) cpSync(config.uploadDir, path.join(staging, 'uploads'), { recursive: true });
    else mkdirSync(path.join(staging, 'uploads'));
    writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2), { mode: privateFileMode });
    let target = path.join(config.backup.dir, fileNameAt(now));
    for (let n = 2; existsSync(target); n++)
      target = path.join(config.backup.dir, fileNameAt(now).replace(suffix, `-${n}${suffix}`));
    const partial = `${target}.partial`;
    await create({ gzip: true, file: partial, cwd: staging, portable: true }, readdirSync(staging));
    chmodSync(partial, privateFileMode);
    renameSync(partial, target);
    return target;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Deletes all but the newest `keep` backups in the directory; answers the deleted names. */
export function pruneBackups(dir: string, keep: number) {
  const backups = readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && name.endsWith(suffix))
    .sort();
  const old = backups.slice(0, Math.max(0, backups.length - keep));
  for (const name of old) unlinkSync(path.join(dir, name));
  return old;
}
