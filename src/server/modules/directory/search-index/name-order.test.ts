import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../seed/random.ts';
import { compareCodePoints, NameOrder, type NameKey } from './name-order.ts';

describe('NameOrder', () => {
  it('compares slots by their places in the order exactly as by their keys, through inserts, removals and renumbering', () => {
    const random = createRandom(5);
    const keys: NameKey[] = [];
    const order = new NameOrder((slot) => keys[slot]!);
    const byKeys = (a: number, b: number) =>
      compareCodePoints(keys[a]!.name, keys[b]!.name) || compareCodePoints(keys[a]!.slug, keys[b]!.slug);
    const names = ['ana', 'Ana', 'bo', 'zoë', 'émile', 'ann', '𝒜da'];
    const keyFor = (slot: number): NameKey => ({ name: random.pick(names), slug: `s${slot}` });
    for (let slot = 0; slot < 40; slot++) keys[slot] = keyFor(slot);
    order.reset([...Array(40).keys()]);
    let next = 40;
    const held = new Set(order.slots);
    for (let step = 0; step < 3000; step++) {
      if (step % 3 === 2 && held.size > 0) {
        const slot = random.pick([...held]);
        order.remove(slot);
        held.delete(slot);
      } else {
        // Many share a name and most slugs sort after the last: inserts fall between close
        // neighbours again and again, which runs out of room between their numbers.
        const slot = next++;
        keys[slot] = { name: step % 2 === 0 ? 'ana' : random.pick(names), slug: `s${String(1e6 - slot)}` };
        order.insert(slot);
        held.add(slot);
      }
    }
    expect(order.slots).toEqual([...held].sort(byKeys));
    const slots = order.slots;
    for (let at = 0; at < slots.length; at++) {
      const other = slots[Math.floor(random.next() * slots.length)]!;
      expect(Math.sign(order.compare(slots[at]!, other)), `${slots[at]} vs ${other}`).toBe(
        Math.sign(byKeys(slots[at]!, other)),
      );
      if (at > 0) expect(order.compare(slots[at - 1]!, slots[at]!)).toBeLessThan(0);
    }
  });
});
