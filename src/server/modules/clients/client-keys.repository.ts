// The wrapped per-client data keys (client_keys): read one, insert one if none, list those wrapped
// by another installation key, rewrap one, delete one. Holds no crypto: client-keys.ts does that.
import { eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { clientKeys } from '../../db/schema/index.ts';

export type WrappedKeyRow = { clientId: string; wrappedKey: string; wrappingKeyId: string };

export const clientKeysRepository = (db: Db) => ({
  find: async (clientId: string): Promise<WrappedKeyRow | undefined> =>
    (
      await db
        .select({
          clientId: clientKeys.clientId,
          wrappedKey: clientKeys.wrappedKey,
          wrappingKeyId: clientKeys.wrappingKeyId,
        })
        .from(clientKeys)
        .where(eq(clientKeys.clientId, clientId))
    )[0],
  /** Keeps the first key written for a client when two writers race. */
  insertIfNone: async (row: WrappedKeyRow) => {
    await db.insert(clientKeys).values(row).onConflictDoNothing();
  },
  findNotWrappedBy: (wrappingKeyId: string): Promise<WrappedKeyRow[]> =>
    db
      .select({
        clientId: clientKeys.clientId,
        wrappedKey: clientKeys.wrappedKey,
        wrappingKeyId: clientKeys.wrappingKeyId,
      })
      .from(clientKeys)
      .where(ne(clientKeys.wrappingKeyId, wrappingKeyId)),
  rewrap: async (clientId: string, wrappedKey: string, wrappingKeyId: string) => {
    await db
      .update(clientKeys)
      .set({ wrappedKey, wrappingKeyId, rewrappedAt: new Date() })
      .where(eq(clientKeys.clientId, clientId));
  },
  /** Destroys the key: every value sealed under it is unreadable from now on. */
  delete: async (clientId: string) => {
    await db.delete(clientKeys).where(eq(clientKeys.clientId, clientId));
  },
});
