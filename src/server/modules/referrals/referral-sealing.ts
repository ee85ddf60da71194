// Clinical text and the client packet are sealed (AES-256-GCM, lib/crypto) before they reach the
// database and opened only on the way out to a party who may read them.
import type { Config } from '../../config.ts';
import { decryptText, encryptText } from '../../lib/crypto.ts';

export function referralSealer(config: Config) {
  const key = config.encryptionKey;
  return {
    seal: (text: string) => encryptText(key, text),
    open: (stored: string) => decryptText(key, stored),
    sealJson: (value: unknown) => encryptText(key, JSON.stringify(value)),
    openJson: <T>(stored: string) => JSON.parse(decryptText(key, stored)) as T,
  };
}
export type ReferralSealer = ReturnType<typeof referralSealer>;
