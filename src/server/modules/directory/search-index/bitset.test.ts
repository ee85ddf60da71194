import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../seed/random.ts';
import { Bitset, LazyIntersection } from './bitset.ts';

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

describe('LazyIntersection', () => {
  it('answers as the intersection built whole, with its extra slots, word by word and again after each reset', () => {
    const random = createRandom(9);
    const capacity = 3000;
    const lazy = new LazyIntersection();
    for (let round = 0; round < 6; round++) {
      // Sets of different sizes (one shorter than the capacity) and densities; a few extra slots.
      const sets = [0.9, 0.5, round % 2 === 0 ? 0.2 : 0.7].map((density, at) => {
        const set = new Bitset(at === 2 ? 1000 : capacity);
        for (let slot = 0; slot < (at === 2 ? 1000 : capacity); slot++) if (random.next() < density) set.add(slot);
        return set;
      });
      const extra = [5, 1500, 2999, Math.floor(random.next() * capacity)];
      const whole = new Bitset(capacity).copyFrom(sets[0]!, capacity / 32 + 1);
      for (const set of sets.slice(1)) whole.intersect(set, capacity / 32 + 1);
      for (const slot of extra) whole.add(slot);
      lazy.reset(sets, extra, capacity);
      // Read in a scattered order, so some words are worked out by has() and reused by countRange().
      for (let probe = 0; probe < 400; probe++) {
        const slot = Math.floor(random.next() * capacity);
        expect(lazy.has(slot), `round ${round}, slot ${slot}`).toBe(whole.has(slot));
        const end = Math.min(capacity, slot + Math.floor(random.next() * 200));
        expect(lazy.countRange(slot, end), `round ${round}, ${slot}–${end}`).toBe(whole.countRange(slot, end));
      }
      expect(lazy.countRange(0, capacity)).toBe(whole.countRange(0, capacity));
    }
  });
});
