// Certificate codes: 80 bits from the CSPRNG as 16 Crockford base32 characters, plus one check
// character from the same alphabet. The check character is the Horner evaluation of the code
// over GF(32) at x = 2 (field polynomial x⁵ + x² + 1), chosen so the whole 17-character code
// evaluates to 0. Why this catches typos: a substituted character changes the result by
// 2^k·(a ⊕ b) ≠ 0, and swapping neighbours a,b changes it by 3·(a ⊕ b)·2^k ≠ 0 (2 ≠ 1 in the field), so
// EVERY single substitution and EVERY adjacent transposition (check character included) is
// caught — unlike Luhn mod 32, which misses swapping 0 and Z. This is a Damm-style scheme over the
// totally anti-symmetric quasigroup x∘y = 2x + y.
import { randomBytes } from 'node:crypto';

export const codeAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const dataLength = 16;
export const codeLength = dataLength + 1;

const valueOf = new Map<string, number>([...codeAlphabet].map((char, index) => [char, index]));
// Crockford's reading rules: letters that look like digits are the digits.
const lookalikes: Record<string, string> = { I: '1', L: '1', O: '0' };

/** Multiplication by 2 in GF(2⁵) reduced by x⁵ + x² + 1. */
const times2 = (value: number) => (value & 0x10 ? ((value << 1) ^ 0x25) & 0x1f : value << 1);

/** The running value x ← 2x + digit over the characters' values. */
const evaluate = (values: number[]) => values.reduce((acc, value) => times2(acc) ^ value, 0);

/** The check character for 16 data characters (canonical). */
export function checkCharacter(data: string): string {
  const values = [...data].map((char) => valueOf.get(char));
  if (values.length !== dataLength || values.some((value) => value === undefined))
    throw new Error('not 16 code characters');
  // Appending d gives 2·acc + d; that is 0 exactly when d = 2·acc (characteristic 2).
  return codeAlphabet[times2(evaluate(values as number[]))]!;
}

/** A fresh canonical code: 80 random bits as 16 characters, then the check character. */
export function newCertificateCode(): string {
  const bytes = randomBytes(10);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let data = '';
  for (let shift = BigInt((dataLength - 1) * 5); shift >= 0n; shift -= 5n)
    data += codeAlphabet[Number((bits >> shift) & 31n)];
  return data + checkCharacter(data);
}

/** XXXX-XXXX-XXXX-XXXX-C, for print and screens. */
export function formatCode(canonical: string): string {
  return [...(canonical.slice(0, dataLength).match(/.{1,4}/g) ?? []), canonical.slice(dataLength)]
    .filter(Boolean)
    .join('-');
}

export type ParsedCode =
  { ok: true; code: string } | { ok: false; reason: 'length' | 'character' | 'check'; message: string };

/** Reads a code as a person typed it: any case, spaces and dashes ignored, I/L read as 1 and O as 0. */
export function parseCode(input: string): ParsedCode {
  const cleaned = input.toUpperCase().replace(/[\s\-‐‑–—_.]/g, '');
  const chars = [...cleaned].map((char) => lookalikes[char] ?? char);
  const stray = chars.find((char) => !valueOf.has(char));
  if (stray !== undefined) {
    return {
      ok: false,
      reason: 'character',
      message: `"${stray.slice(0, 1)}" is not a code character (codes use 0–9 and A–Z without I, L, O and U)`,
    };
  }
  if (chars.length !== codeLength) {
    return {
      ok: false,
      reason: 'length',
      message: `a certificate code has ${codeLength} characters (XXXX-XXXX-XXXX-XXXX-X); this has ${chars.length}`,
    };
  }
  if (evaluate(chars.map((char) => valueOf.get(char)!)) !== 0) {
    return {
      ok: false,
      reason: 'check',
      message:
        'the check character does not match — this looks like a typo; compare each character with the certificate',
    };
  }
  return { ok: true, code: chars.join('') };
}
