// Encryption at rest for clinical text: AES-256-GCM with a fresh random 96-bit IV per value, so the
// same text never encrypts to the same string, and an authentication tag so a changed byte is
// refused instead of decrypting to garbage. The stored form is one versioned string:
// `v1:<iv>:<tag>:<ciphertext>` (base64url) under the installation's key, or
// `c1:<keyId>:<iv>:<tag>:<ciphertext>` under one client's own data key (clients/client-keys.ts), so
// the value names the key that opens it and destroying that key leaves it unreadable.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const version = 'v1';
const keyedVersion = 'c1';
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

function seal(key: Buffer, text: string): string[] {
  assertKey(key);
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv(algorithm, key, iv, { authTagLength: tagBytes });
  const ciphertext = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [iv.toString('base64url'), tag.toString('base64url'), ciphertext.toString('base64url')];
}

function unseal(key: Buffer, [ivText, tagText, bodyText]: [string, string, string]): string {
  assertKey(key);
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

export function encryptText(key: Buffer, text: string): string {
  return [version, ...seal(key, text)].join(':');
}

/** Sealed under one named data key (a client's): the key id travels with the value. */
export function encryptWithKeyId(key: Buffer, keyId: string, text: string): string {
  if (!/^[0-9a-f-]{1,64}$/i.test(keyId)) throw new Error('key id must be a uuid-like identifier');
  return [keyedVersion, keyId, ...seal(key, text)].join(':');
}

/** The data key a value was sealed under, or null for a value under the installation's key (v1). */
export function keyIdOf(stored: string): string | null {
  const parts = stored.split(':');
  return parts.length === 5 && parts[0] === keyedVersion ? parts[1]! : null;
}

/** Opens a v1 value with `key`, or a c1 value with `key` when it is that value's data key. */
export function decryptText(key: Buffer, stored: string): string {
  const parts = stored.split(':');
  if (parts.length === 4 && parts[0] === version) return unseal(key, parts.slice(1) as [string, string, string]);
  if (parts.length === 5 && parts[0] === keyedVersion) return unseal(key, parts.slice(2) as [string, string, string]);
  throw new DecryptionError('not an encrypted value this version can read');
}
