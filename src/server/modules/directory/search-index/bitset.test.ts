import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../seed/random.ts';
import { Bitset } from './bitset.ts';

describe('Bitset.countRange', () => {
  it('counts the members between two slots as a slot-by-slot count does, across word edges', () => {
    const random = createRandom(3);
    const set = new Bitset();
    for (let slot = 0; slot < 300; slot++) if (random.next() < 0.4) set.add(slot);
    set.add(31);
    set.add(32);
    set.add(63);
    set.add(64);
    for (let start = 0; start <= 140; start++)
      for (let end = start; end <= 160; end++) {
        let expected = 0;
        for (let slot = start; slot < end; slot++) if (set.has(slot)) expected++;
        expect(set.countRange(start, end), `${start}–${end}`).toBe(expected);
      }
  });

  it('counts nothing past the set’s words and in an empty range', () => {
    const set = new Bitset(32);
    set.add(5);
    expect(set.countRange(0, 10_000)).toBe(1);
    expect(set.countRange(6, 6)).toBe(0);
    expect(set.countRange(9, 3)).toBe(0);
  });
});
