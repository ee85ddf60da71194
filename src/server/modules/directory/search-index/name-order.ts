// The directory's name order, `lower(display_name) COLLATE "C", slug`: code point order (what
// UTF-8 byte order is) on the name as the database lowercases it, then the slug. Kept as one
// sorted array of slots, so a search by name walks it and stops at the page's end.

/** Compares two strings by code points (UTF-16 order differs above U+D7FF: surrogates sort after U+E000–U+FFFF). */
export function compareCodePoints(a: string, b: string) {
  if (a === b) return 0;
  const shorter = Math.min(a.length, b.length);
  for (let at = 0; at < shorter; at++) {
    const [left, right] = [a.charCodeAt(at), b.charCodeAt(at)];
    if (left === right) continue;
    if (left >= 0xd800 && right >= 0xd800) {
      const lift = (unit: number) => (unit >= 0xe000 ? unit - 0x800 : unit + 0x2000);
      return lift(left) - lift(right);
    }
    return left - right;
  }
  return a.length - b.length;
}

export type NameKey = { name: string; slug: string };

export class NameOrder {
  slots: number[] = [];
  private keyOf: (slot: number) => NameKey;

  constructor(keyOf: (slot: number) => NameKey) {
    this.keyOf = keyOf;
  }

  compare = (a: number, b: number) => {
    const [left, right] = [this.keyOf(a), this.keyOf(b)];
    return compareCodePoints(left.name, right.name) || compareCodePoints(left.slug, right.slug);
  };

  /** Every slot at once (the first load). */
  reset(slots: number[]) {
    this.slots = slots.sort(this.compare);
  }

  insert(slot: number) {
    this.slots.splice(this.positionOf(slot), 0, slot);
  }

  /** Call while the slot still has the key it was inserted with. */
  remove(slot: number) {
    const at = this.positionOf(slot);
    if (this.slots[at] === slot) this.slots.splice(at, 1);
    else {
      const found = this.slots.indexOf(slot);
      if (found >= 0) this.slots.splice(found, 1);
    }
  }

  private positionOf(slot: number) {
    let [low, high] = [0, this.slots.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(this.slots[middle]!, slot) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
