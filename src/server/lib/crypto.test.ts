import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DecryptionError, decryptText, encryptText, parseEncryptionKey } from './crypto.ts';

const key = randomBytes(32);
const note = 'Reports numbness in the left calf since Tuesday; no massage until seen — ü, 漢字';

// Flips one character of one part of `v1:<iv>:<tag>:<ciphertext>`.
function tamper(stored: string, part: 1 | 2 | 3) {
  const parts = stored.split(':');
  const text = parts[part]!;
  parts[part] = (text[0] === 'A' ? 'B' : 'A') + text.slice(1);
  return parts.join(':');
}

describe('encryption at rest', () => {
  it('round-trips text, including non-ASCII and the empty string', () => {
    expect(decryptText(key, encryptText(key, note))).toBe(note);
    expect(decryptText(key, encryptText(key, ''))).toBe('');
  });

  it('stores a versioned value that does not contain the text', () => {
    const stored = encryptText(key, note);
    expect(stored).toMatch(/^v1:[\w-]+:[\w-]+:[\w-]+$/);
    expect(stored).not.toContain('numbness');
  });

  it('encrypts the same text differently every time (a fresh IV per value)', () => {
    const values = new Set(Array.from({ length: 20 }, () => encryptText(key, note)));
    expect(values.size).toBe(20);
  });

  it('refuses a value whose IV, tag or ciphertext was changed', () => {
    const stored = encryptText(key, note);
    for (const part of [1, 2, 3] as const)
      expect(() => decryptText(key, tamper(stored, part))).toThrow(DecryptionError);
  });

  it('refuses to decrypt with a different key', () => {
    expect(() => decryptText(randomBytes(32), encryptText(key, note))).toThrow(DecryptionError);
  });

  it('refuses values that are not in the stored format', () => {
    expect(() => decryptText(key, note)).toThrow(DecryptionError);
    expect(() => decryptText(key, encryptText(key, note).replace(/^v1/, 'v9'))).toThrow(DecryptionError);
  });

  it('reads a 32-byte key from hex, base64 or base64url, and nothing else', () => {
    expect(parseEncryptionKey(key.toString('hex'))?.equals(key)).toBe(true);
    expect(parseEncryptionKey(key.toString('base64'))?.equals(key)).toBe(true);
    expect(parseEncryptionKey(key.toString('base64url'))?.equals(key)).toBe(true);
    expect(parseEncryptionKey(randomBytes(16).toString('base64'))).toBeNull();
    expect(parseEncryptionKey('not a key at all!')).toBeNull();
    expect(() => encryptText(randomBytes(16), note)).toThrow(/32 bytes/);
  });
});
