// Per-client data keys (decisions/025). A client's key is made on the first write of their clinical
// text, stored wrapped by the installation's ENCRYPTION_KEY, and unwrapped into a short-lived
// in-process cache. Deleting the client's row deletes its key (crypto-shredding); rotating
// ENCRYPTION_KEY rewraps the key rows only.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { DecryptionError, decryptText, encryptText } from '../../lib/crypto.ts';
import { clientKeysRepository } from './client-keys.repository.ts';

/** A key's short public name: which installation key wraps a client's key. */
export const wrappingKeyIdOf = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 16);

// Keys stay unwrapped in memory only briefly, so a key destroyed on another instance stops opening
// anything here soon after, and a process holds few keys at once.
const cacheMs = 5 * 60 * 1000;
const cacheLimit = 5000;

export function clientKeyRing(db: Db, current: Buffer, previous: Buffer[] = []) {
  const repo = clientKeysRepository(db);
  const currentId = wrappingKeyIdOf(current);
  const wrappers = new Map([current, ...previous].map((key) => [wrappingKeyIdOf(key), key]));
  const cache = new Map<string, { key: Buffer; until: number }>();

  const remember = (clientId: string, key: Buffer) => {
    if (cache.size >= cacheLimit) cache.clear();
    cache.set(clientId, { key, until: Date.now() + cacheMs });
    return key;
  };
  const unwrap = (row: { wrappedKey: string; wrappingKeyId: string }) => {
    const wrapper = wrappers.get(row.wrappingKeyId);
    if (!wrapper)
      throw new DecryptionError(`client key is wrapped by key ${row.wrappingKeyId}, which is not configured`);
    return Buffer.from(decryptText(wrapper, row.wrappedKey), 'base64');
  };
  const cached = (clientId: string) => {
    const hit = cache.get(clientId);
    if (hit && hit.until > Date.now()) return hit.key;
    cache.delete(clientId);
    return undefined;
  };

  async function find(clientId: string): Promise<Buffer | null> {
    const hit = cached(clientId);
    if (hit) return hit;
    const row = await repo.find(clientId);
    return row ? remember(clientId, unwrap(row)) : null;
  }

  return {
    /** The client's key, made now if they have none yet (two instances racing keep the first). */
    async keyFor(clientId: string): Promise<Buffer> {
      const found = await find(clientId);
      if (found) return found;
      const fresh = randomBytes(32);
      await repo.insertIfNone({
        clientId,
        wrappedKey: encryptText(current, fresh.toString('base64')),
        wrappingKeyId: currentId,
      });
      const stored = await find(clientId);
      if (!stored) throw new Error('client key could not be stored (the client no longer exists)');
      return stored;
    },
    /** The client's key if it still exists: null once the client (and so the key) is destroyed. */
    find,
    /** Forgets a client's key here at once (other instances forget it within minutes). */
    forget: (clientId: string) => cache.delete(clientId),
    /** Destroys the client's key on `tx` (the transaction that destroys the client) and forgets it. */
    async destroy(tx: Db, clientId: string) {
      await clientKeysRepository(tx).delete(clientId);
      cache.delete(clientId);
    },
    /**
     * Rewraps every key not yet under the current ENCRYPTION_KEY; the sealed values are untouched.
     * Returns how many keys were rewrapped.
     */
    async rewrapAll(): Promise<number> {
      const stale = await repo.findNotWrappedBy(currentId);
      for (const row of stale)
        await repo.rewrap(row.clientId, encryptText(current, unwrap(row).toString('base64')), currentId);
      return stale.length;
    },
  };
}
export type ClientKeyRing = ReturnType<typeof clientKeyRing>;
