// Sealed clinical text, once for every module: client records, consent notes, referral packets and
// their timeline notes are sealed (AES-256-GCM, lib/crypto.ts) before they reach the database.
// Reading them for someone goes through `open`, which writes the client's access-log row (who read
// whose record, for what) before it hands back the opener: a read cannot skip the audit.
import { decryptText, encryptText } from '../../lib/crypto.ts';
import type { AccessLogWrite } from './client-access-log.repository.ts';

/** One read of a client's record: who (a member, or null with a label for a link holder), what, which referral. */
export type ClinicalRead = AccessLogWrite;
export type Opener = { text: (stored: string) => string; json: <T>(stored: string) => T };
type AccessLog = { append: (entry: AccessLogWrite) => Promise<void> };

export function sealedText(key: Buffer, log: AccessLog) {
  const opener: Opener = {
    text: (stored) => decryptText(key, stored),
    json: <T>(stored: string) => JSON.parse(decryptText(key, stored)) as T,
  };
  return {
    seal: (text: string) => encryptText(key, text),
    sealJson: (value: unknown) => encryptText(key, JSON.stringify(value)),
    /** Logs this read of the client's record, then returns what opens its sealed values. */
    async open(read: ClinicalRead): Promise<Opener> {
      await log.append(read);
      return opener;
    },
    /**
     * What the author is shown of what they themselves wrote — a create's or change's answer, their
     * own consent notes, their own client's name in their outbox. The write is its own record (a
     * change writes its own log row), so no read is logged.
     */
    forAuthor: (): Opener => opener,
  };
}
export type SealedText = ReturnType<typeof sealedText>;
