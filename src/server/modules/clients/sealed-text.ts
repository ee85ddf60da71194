// Sealed clinical text, once for every module: client records, consent notes, referral packets,
// intake answers, plans, session notes and check-in answers are sealed (AES-256-GCM, lib/crypto.ts)
// under the client's own data key (client-keys.ts) before they reach the database. Reading them for
// someone goes through `open`, which writes the client's access-log row (who read whose record, for
// what) before it hands back the opener: a read cannot skip the audit.
//
// Keys are fetched before any transaction opens (`forClient`, `open`): ask for the sealer first,
// then write inside the transaction with it (the embedded database has one connection).
import { DecryptionError, decryptText, encryptWithKeyId, keyIdOf } from '../../lib/crypto.ts';
import type { AccessLogWrite } from './client-access-log.repository.ts';
import type { ClientKeyRing } from './client-keys.ts';

/** One read of a client's record: who (a member, or null with a label for a link holder), what, which referral. */
export type ClinicalRead = AccessLogWrite;
export type Opener = { text: (stored: string) => string; json: <T>(stored: string) => T };
/** Seals new values for one client and opens that client's values (the author's own view: no log row). */
export type ClientSealer = Opener & { seal: (text: string) => string; sealJson: (value: unknown) => string };
type AccessLog = { append: (entry: AccessLogWrite) => Promise<void> };

/** A value whose client's key was destroyed: the client no longer exists. */
export class ShreddedError extends DecryptionError {}

export function sealedText(installationKey: Buffer, keys: ClientKeyRing, log: AccessLog, previousKeys: Buffer[] = []) {
  // Values sealed before per-client keys (v1) open with the installation key, or — between a
  // change of ENCRYPTION_KEY and `npm run keys -- reseal` — with a previous one.
  const legacyKeys = [installationKey, ...previousKeys];
  const openLegacy = (stored: string) => {
    for (const [index, key] of legacyKeys.entries()) {
      try {
        return decryptText(key, stored);
      } catch (error) {
        if (!(error instanceof DecryptionError) || index === legacyKeys.length - 1) throw error;
      }
    }
    throw new DecryptionError('no installation key');
  };
  // Opens values of the clients whose keys are loaded.
  const openerOf = (loaded: Map<string, Buffer | null>): Opener => {
    const text = (stored: string) => {
      const keyId = keyIdOf(stored);
      if (keyId === null) return openLegacy(stored);
      const key = loaded.get(keyId);
      if (key === undefined) throw new DecryptionError('this value belongs to a client not opened here');
      if (key === null) throw new ShreddedError('the client was deleted: their key no longer exists');
      return decryptText(key, stored);
    };
    return { text, json: <T>(stored: string) => JSON.parse(text(stored)) as T };
  };
  const load = async (clientIds: Iterable<string>) => {
    const loaded = new Map<string, Buffer | null>();
    for (const id of new Set(clientIds)) loaded.set(id, await keys.find(id));
    return loaded;
  };

  return {
    /** Seals and opens one client's values (makes their key on first use). Writes no access-log row. */
    async forClient(clientId: string): Promise<ClientSealer> {
      const key = await keys.keyFor(clientId);
      return {
        ...openerOf(new Map([[clientId, key]])),
        seal: (text: string) => encryptWithKeyId(key, clientId, text),
        sealJson: (value: unknown) => encryptWithKeyId(key, clientId, JSON.stringify(value)),
      };
    },
    /** Logs this read of the client's record, then returns what opens its sealed values. */
    async open(read: ClinicalRead): Promise<Opener> {
      const loaded = await load([read.clientId]);
      await log.append(read);
      return openerOf(loaded);
    },
    /**
     * What the author is shown of what they themselves wrote, for several clients at once — a
     * list of their own referrals' client names, their own consent notes. The write is its own
     * record, so no read is logged.
     */
    forAuthor: async (clientIds: Iterable<string>): Promise<Opener> => openerOf(await load(clientIds)),
    keys,
  };
}
export type SealedText = ReturnType<typeof sealedText>;
