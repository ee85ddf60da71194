// The two key chores (docs/security.md): `rotate` rewraps every client key under the current
// ENCRYPTION_KEY (the old one given in ENCRYPTION_KEY_PREVIOUS); `reseal` moves values sealed before
// per-client keys existed (v1, under the installation key, current or previous) to their client's
// own key (c1:<client id>:…), in batches, idempotently. A legacy value of a client already destroyed
// is sealed under a fresh key that is never stored: it is shredded, as the rest of that client is.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { DecryptionError, decryptText, encryptWithKeyId, keyIdOf } from '../../lib/crypto.ts';
import { clientKeysLegacyRepository, legacySourceNames } from './client-keys-legacy.repository.ts';
import { clientKeyRing } from './client-keys.ts';

const legacy = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith('v1:') && keyIdOf(value) === null;

export type KeyChoresOptions = { installationKey: Buffer; previousKeys: Buffer[]; batchSize?: number };

/** Rewraps every client key not yet under the current key; returns how many were. */
export async function rotateClientKeys(db: Db, { installationKey, previousKeys }: KeyChoresOptions) {
  const rewrapped = await clientKeyRing(db, installationKey, previousKeys).rewrapAll();
  return { rewrapped };
}

export async function resealLegacyValues(db: Db, { installationKey, previousKeys, batchSize = 200 }: KeyChoresOptions) {
  const keys = clientKeyRing(db, installationKey, previousKeys);
  const installationKeys = [installationKey, ...previousKeys];
  const openLegacy = (stored: string) => {
    for (const key of installationKeys) {
      try {
        return decryptText(key, stored);
      } catch (error) {
        if (!(error instanceof DecryptionError)) throw error;
      }
    }
    throw new DecryptionError('a legacy value opens with neither ENCRYPTION_KEY nor ENCRYPTION_KEY_PREVIOUS');
  };
  const counts: Record<string, number> = {};
  let shredded = 0;
  const repo = clientKeysLegacyRepository(db);

  for (const name of legacySourceNames) {
    counts[name] = 0;
    let after: string | null = null;
    for (;;) {
      const batch = await repo.findBatch(name, after, batchSize);
      if (!batch.length) break;
      after = batch.at(-1)!.id;
      // Keys first, outside the transaction (the embedded database has one connection). A destroyed
      // client gets a key nobody keeps, so the value joins the rest of theirs, unreadable.
      const sealers = new Map<string, Buffer>();
      for (const row of batch)
        if (!sealers.has(row.clientId))
          sealers.set(row.clientId, row.clientExists ? await keys.keyFor(row.clientId) : randomBytes(32));
      await db.transaction(async (handle) => {
        const tx = clientKeysLegacyRepository(handle);
        for (const row of batch) {
          const key = sealers.get(row.clientId)!;
          const changes: Record<string, { from: string; to: string }> = {};
          for (const [column, value] of Object.entries(row.values))
            if (legacy(value))
              changes[column] = { from: value, to: encryptWithKeyId(key, row.clientId, openLegacy(value)) };
          if (!Object.keys(changes).length) continue;
          await tx.replace(name, row.id, changes);
          counts[name]!++;
          if (!row.clientExists) shredded++;
        }
      });
    }
  }
  return { resealed: counts, shreddedRows: shredded };
}
