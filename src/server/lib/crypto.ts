// Encryption at rest for clinical text: AES-256-GCM with a fresh random 96-bit IV per value, so the
// same text never encrypts to the same string, and an authentication tag so a changed byte is
// refused instead of decrypting to garbage. The stored form is one versioned string,
// `v1:<iv>:<tag>:<ciphertext>` (base64url), so a later key or cipher can sit beside it.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const version = 'v1';
const algorithm = 'aes-256-gcm';
const ivBytes = 12;
const tagBytes = 16;
export const encryptionKeyBytes = 32;

export class DecryptionError extends Error {}

function assertKey(key: Buffer) {
  if (key.length !== encryptionKeyBytes)
    throw new Error(`encryption key must be ${encryptionKeyBytes} bytes, got ${key.length}`);
}

/** A 32-byte key from base64, base64url or hex text; null when the text is neither or the wrong size. */
export function parseEncryptionKey(text: string): Buffer | null {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) return null;
  const decoded = Buffer.from(trimmed, 'base64');
  return decoded.length === encryptionKeyBytes ? decoded : null;
}

export function encryptText(key: Buffer, text: string): string {
  assertKey(key);
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv(algorithm, key, iv, { authTagLength: tagBytes });
  const ciphertext = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [version, iv.toString('base64url'), tag.toString('base64url'), ciphertext.toString('base64url')].join(':');
}

export function decryptText(key: Buffer, stored: string): string {
  assertKey(key);
  const parts = stored.split(':');
  if (parts.length !== 4 || parts[0] !== version)
    throw new DecryptionError('not an encrypted value this version can read');
  const [, ivText, tagText, bodyText] = parts as [string, string, string, string];
  const iv = Buffer.from(ivText, 'base64url');
  const tag = Buffer.from(tagText, 'base64url');
  if (iv.length !== ivBytes || tag.length !== tagBytes) throw new DecryptionError('encrypted value is malformed');
  const decipher = createDecipheriv(algorithm, key, iv, { authTagLength: tagBytes });
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(Buffer.from(bodyText, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    // GCM refuses a changed ciphertext, IV or tag, and a wrong key, the same way: say so plainly.
    throw new DecryptionError('encrypted value failed authentication (tampered, or a different key)');
  }
}
