// The data directory holds the database (its WAL carries session tokens and password hashes), the
// generated secrets and uploads: readable by the server's own user only. Modes are set explicitly,
// because PGlite writes its files 0666 whatever the umask.
import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const privateDirMode = 0o700;
export const privateFileMode = 0o600;

// A path another user owns (a volume prepared by an administrator) cannot be changed by us; the
// server still runs, as it did before modes were set.
function chmodOwn(target: string, mode: number) {
  try {
    chmodSync(target, mode);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
  }
}

/** Creates the directory (and any missing parents) 0700, and takes group/other access off it if it existed. */
export function ensurePrivateDir(dir: string) {
  mkdirSync(dir, { recursive: true, mode: privateDirMode });
  if ((lstatSync(dir).mode & 0o077) !== 0) chmodOwn(dir, privateDirMode);
}

/** Takes group/other access off every directory and file under `dir` (symbolic links are left alone). */
export function restrictTree(dir: string) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      chmodOwn(full, privateDirMode);
      restrictTree(full);
    } else if (entry.isFile()) {
      chmodOwn(full, privateFileMode);
    }
  }
  chmodOwn(dir, privateDirMode);
}
