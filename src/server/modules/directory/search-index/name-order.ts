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
  /**
   * Each ordered slot's place in the order, so comparing two is a subtraction (a search compares
   * names of profiles at one place often, and their keys are rarely in cache). A slot inserted later
   * takes the midpoint of its neighbours'; when no number fits between them, all are renumbered.
   */
  private ranks = new Float64Array(0);

  constructor(keyOf: (slot: number) => NameKey) {
    this.keyOf = keyOf;
  }

  /** Orders two slots by their keys: any slot with a key, in the order or not. */
  compareKeys = (a: number, b: number) => {
    const [left, right] = [this.keyOf(a), this.keyOf(b)];
    return compareCodePoints(left.name, right.name) || compareCodePoints(left.slug, right.slug);
  };

  /** Orders two slots that are in the order (as compareKeys would). */
  compare = (a: number, b: number) => this.ranks[a]! - this.ranks[b]!;

  /** Every slot at once (the first load). */
  reset(slots: number[]) {
    this.slots = slots.sort(this.compareKeys);
    this.renumber();
  }

  insert(slot: number) {
    const at = this.positionOf(slot);
    this.slots.splice(at, 0, slot);
    this.room(slot + 1);
    const before = at > 0 ? this.ranks[this.slots[at - 1]!]! : null;
    const after = at + 1 < this.slots.length ? this.ranks[this.slots[at + 1]!]! : null;
    const rank =
      before === null ? (after === null ? 0 : after - 1) : after === null ? before + 1 : before + (after - before) / 2;
    if ((before !== null && rank <= before) || (after !== null && rank >= after)) this.renumber();
    else this.ranks[slot] = rank;
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
      if (this.compareKeys(this.slots[middle]!, slot) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private renumber() {
    this.room(this.slots.reduce((highest, slot) => Math.max(highest, slot + 1), 0));
    this.slots.forEach((slot, at) => (this.ranks[slot] = at));
  }

  /** Ranks for slots below `size`. */
  private room(size: number) {
    if (size <= this.ranks.length) return;
    const grown = new Float64Array(Math.max(size, this.ranks.length * 2, 1024));
    grown.set(this.ranks);
    this.ranks = grown;
  }
}
