import { describe, expect, it } from 'vitest';
import { typoBudget, typoDistance } from './typo-distance.ts';

// The textbook definition, exhaustive and slow: the smallest number of single-letter insertions,
// deletions, replacements and adjacent swaps, no substring edited twice (optimal string alignment).
function reference(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = table[i]!;
      row[j] = Math.min(
        table[i - 1]![j]! + 1,
        row[j - 1]! + 1,
        table[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j]!, table[i - 2]![j - 2]! + 1);
    }
  }
  return table[a.length]![b.length]!;
}

describe('typo distance', () => {
  it('counts the typos people make, a swap as one', () => {
    expect(typoDistance('bodywrok', 'bodywork', 1)).toBe(1);
    expect(typoDistance('massge', 'massage', 1)).toBe(1);
    expect(typoDistance('chiropratic', 'chiropractic', 2)).toBe(1);
    expect(typoDistance('chiropracter', 'chiropractor', 2)).toBe(1);
    expect(typoDistance('chiropracter', 'chiropractic', 2)).toBe(2);
    expect(typoDistance('massage', 'massage', 1)).toBe(0);
    expect(typoDistance('swedish', 'shiatsu', 2)).toBe(3); // max + 1: far apart
  });

  it('agrees with the textbook definition on every pair of short words over a small alphabet, up to its limit', () => {
    const words = [''];
    for (let length = 1; length <= 4; length++)
      for (const word of words.filter((w) => w.length === length - 1))
        for (const letter of 'abc') words.push(word + letter);
    for (const a of words)
      for (const b of words)
        for (const max of [0, 1, 2])
          expect(typoDistance(a, b, max), `${a}/${b}/${max}`).toBe(Math.min(reference(a, b), max + 1));
  });

  it('allows no typo up to 4 letters, one from 5, two from 9', () => {
    expect([1, 4, 5, 8, 9, 20].map(typoBudget)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
