// Where the key for clinical text comes from: a server database needs it set; the embedded
// database makes one once, keeps it beside the data (owner-only) and reuses it after a restart.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { decryptText, encryptText } from '../../lib/crypto.ts';

const hexKey = 'ab'.repeat(32);
const authSecret = 'test-secret-test-secret-test-secret-0';
const made: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kneadwork-key-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('ENCRYPTION_KEY', () => {
  it('is required with DATABASE_URL', () => {
    expect(() =>
      loadConfig({ DATA_DIR: tempDir(), DATABASE_URL: 'postgres://db/kneadwork', AUTH_SECRET: authSecret }),
    ).toThrow(/ENCRYPTION_KEY: required when DATABASE_URL is set/);
    const config = loadConfig({
      DATA_DIR: tempDir(),
      DATABASE_URL: 'postgres://db/kneadwork',
      AUTH_SECRET: authSecret,
      ENCRYPTION_KEY: hexKey,
    });
    expect(config.encryptionKey.equals(Buffer.from(hexKey, 'hex'))).toBe(true);
  });

  it('accepts 32 bytes as hex or base64 and refuses anything else, by name', () => {
    const base64 = Buffer.alloc(32, 7).toString('base64');
    expect(loadConfig({ DATA_DIR: tempDir(), ENCRYPTION_KEY: base64 }).encryptionKey.equals(Buffer.alloc(32, 7))).toBe(
      true,
    );
    for (const bad of ['short', 'ab'.repeat(16), Buffer.alloc(24).toString('base64')]) {
      expect(() => loadConfig({ DATA_DIR: tempDir(), ENCRYPTION_KEY: bad })).toThrow(
        /ENCRYPTION_KEY: must be 32 bytes/,
      );
    }
  });

  it('with the embedded database, makes a key once (owner-only file) and reuses it', () => {
    const dataDir = tempDir();
    const first = loadConfig({ DATA_DIR: dataDir });
    const file = path.join(dataDir, 'encryption-key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const sealed = encryptText(first.encryptionKey, 'kept across restarts');
    const second = loadConfig({ DATA_DIR: dataDir });
    expect(decryptText(second.encryptionKey, sealed)).toBe('kept across restarts');
    expect(readFileSync(file, 'utf8')).not.toBe('');
    expect(loadConfig({ DATA_DIR: tempDir() }).encryptionKey.equals(first.encryptionKey)).toBe(false);
  });

  it('stops at boot when the key file was damaged, instead of failing on the first note', () => {
    const dataDir = tempDir();
    writeFileSync(path.join(dataDir, 'encryption-key'), 'garbage');
    expect(() => loadConfig({ DATA_DIR: dataDir })).toThrow(
      /ENCRYPTION_KEY: .*encryption-key does not hold a 32-byte key/,
    );
  });
});
