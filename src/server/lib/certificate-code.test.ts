import { describe, expect, it } from 'vitest';
import {
  checkCharacter,
  codeAlphabet,
  codeLength,
  formatCode,
  newCertificateCode,
  parseCode,
} from './certificate-code.ts';

const sample = Array.from({ length: 200 }, () => newCertificateCode());

describe('certificate codes', () => {
  it('are 17 canonical Crockford characters, all different, and parse back to themselves', () => {
    expect(new Set(sample).size).toBe(sample.length);
    for (const code of sample) {
      expect(code).toMatch(/^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{17}$/);
      expect(parseCode(code)).toEqual({ ok: true, code });
    }
  });

  it('use every character of the alphabet in every data position (80 random bits, not a pattern)', () => {
    const many = Array.from({ length: 4000 }, () => newCertificateCode());
    for (let position = 0; position < 16; position++) {
      expect(new Set(many.map((code) => code[position])).size).toBe(32);
    }
  });

  it('print in groups of four with the check character last, and read back however they are typed', () => {
    const code = sample[0]!;
    const shown = formatCode(code);
    expect(shown).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
    expect(shown.replaceAll('-', '')).toBe(code);
    expect(parseCode(shown)).toEqual({ ok: true, code });
    expect(parseCode(` ${shown.toLowerCase().replaceAll('-', ' ')} `)).toEqual({ ok: true, code });
  });

  it('read I and L as 1 and O as 0', () => {
    const data = '0101010101010101';
    const code = data + checkCharacter(data);
    const typed = code.slice(0, 16).replaceAll('0', 'o').replace('1', 'I').replace('1', 'l') + code[16];
    expect(parseCode(typed)).toEqual({ ok: true, code });
  });

  it('catch every single-character substitution (exhaustive over the sample)', () => {
    let tried = 0;
    for (const code of sample) {
      for (let position = 0; position < codeLength; position++) {
        for (const replacement of codeAlphabet) {
          if (replacement === code[position]) continue;
          const typo = code.slice(0, position) + replacement + code.slice(position + 1);
          const parsed = parseCode(typo);
          expect(parsed.ok, typo).toBe(false);
          if (!parsed.ok) expect(parsed.reason).toBe('check');
          tried++;
        }
      }
    }
    expect(tried).toBe(sample.length * codeLength * 31);
  });

  it('catch every adjacent transposition, the check character included (exhaustive over the sample)', () => {
    let tried = 0;
    for (const code of sample) {
      for (let position = 0; position < codeLength - 1; position++) {
        if (code[position] === code[position + 1]) continue;
        const swapped = code.slice(0, position) + code[position + 1] + code[position] + code.slice(position + 2);
        expect(parseCode(swapped).ok, swapped).toBe(false);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(sample.length * 14);
  });

  it('catch every adjacent transposition of every pair of characters, in every position', () => {
    const base = sample[1]!;
    for (let position = 0; position < codeLength - 1; position++) {
      for (const a of codeAlphabet) {
        for (const b of codeAlphabet) {
          if (a === b) continue;
          // Make a valid code with a,b at position, then swap them.
          const data = (base.slice(0, position) + a + b + base.slice(position + 2)).slice(0, 16);
          const valid = position + 1 < 16 ? data + checkCharacter(data) : null;
          if (!valid) continue;
          const swapped = valid.slice(0, position) + b + a + valid.slice(position + 2);
          expect(parseCode(swapped).ok).toBe(false);
        }
      }
    }
  });

  it('say why a code is refused', () => {
    expect(parseCode('ABCD-EFGH')).toMatchObject({ ok: false, reason: 'length' });
    expect(parseCode(`${sample[0]!.slice(0, 16)}U`)).toMatchObject({ ok: false, reason: 'character' });
    expect(parseCode('<script>')).toMatchObject({ ok: false, reason: 'character' });
    const code = sample[0]!;
    const wrongCheck = code.slice(0, 16) + (code[16] === '0' ? '1' : '0');
    expect(parseCode(wrongCheck)).toMatchObject({
      ok: false,
      reason: 'check',
      message: expect.stringContaining('looks like a typo') as string,
    });
  });
});
