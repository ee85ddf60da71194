// A growable set of small integers (the index's slots) as 32-bit words: the directory's filters
// (who may see, profession, specialty, modality, referrals, the words of a search) are sets like
// this, and a search is their intersection, a few thousand word operations for 100,000 profiles.

export class Bitset {
  words: Uint32Array;

  constructor(capacity = 1024) {
    this.words = new Uint32Array(Math.ceil(capacity / 32));
  }

  /** Room for slots below `capacity` (grows by doubling, keeping what is set). */
  ensure(capacity: number) {
    const needed = Math.ceil(capacity / 32);
    if (needed <= this.words.length) return;
    const grown = new Uint32Array(Math.max(needed, this.words.length * 2));
    grown.set(this.words);
    this.words = grown;
  }

  has(slot: number) {
    return ((this.words[slot >>> 5] ?? 0) & (1 << (slot & 31))) !== 0;
  }

  add(slot: number) {
    this.ensure(slot + 1);
    this.words[slot >>> 5]! |= 1 << (slot & 31);
  }

  delete(slot: number) {
    if (slot >>> 5 < this.words.length) this.words[slot >>> 5]! &= ~(1 << (slot & 31));
  }

  set(slot: number, on: boolean) {
    if (on) this.add(slot);
    else this.delete(slot);
  }

  /** This set becomes a copy of `other` (sized to at least `words` words). */
  copyFrom(other: Bitset, words: number) {
    if (this.words.length < words) this.words = new Uint32Array(words);
    const length = Math.min(words, other.words.length);
    this.words.set(other.words.subarray(0, length));
    this.words.fill(0, length, words);
    return this;
  }

  /** Keeps only what `other` also holds, in the first `words` words. */
  intersect(other: Bitset, words: number) {
    const mine = this.words;
    const theirs = other.words;
    const shared = Math.min(words, theirs.length);
    for (let index = 0; index < shared; index++) mine[index]! &= theirs[index]!;
    mine.fill(0, shared, words);
    return this;
  }

  /** Adds what `other` holds, in the first `words` words. */
  union(other: Bitset, words: number) {
    const mine = this.words;
    const theirs = other.words;
    const shared = Math.min(words, theirs.length);
    for (let index = 0; index < shared; index++) mine[index]! |= theirs[index]!;
    return this;
  }

  clear(words: number) {
    this.words.fill(0, 0, words);
    return this;
  }

  /** How many of the slots start ≤ slot < end are in the set. */
  countRange(start: number, end: number) {
    if (end <= start) return 0;
    const mine = this.words;
    const [first, last] = [start >>> 5, (end - 1) >>> 5];
    let total = 0;
    for (let index = first; index <= last && index < mine.length; index++)
      total += popcount(inRange(mine[index]!, index, start, end));
    return total;
  }

  count(words: number) {
    let total = 0;
    const mine = this.words;
    for (let index = 0; index < words; index++) total += popcount(mine[index]!);
    return total;
  }
}

/** The `index`-th word with only the bits of slots start ≤ slot < end kept (end > start). */
function inRange(word: number, index: number, start: number, end: number) {
  if (index === start >>> 5) word &= ~0 << (start & 31);
  if (index === (end - 1) >>> 5) word &= ~0 >>> (31 - ((end - 1) & 31));
  return word;
}

function popcount(word: number) {
  word -= (word >>> 1) & 0x55555555;
  word = (word & 0x33333333) + ((word >>> 2) & 0x33333333);
  return (((word + (word >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** What a search reads of a set of slots: membership and counts over ranges (Bitset, LazyIntersection). */
export type SlotSet = Pick<Bitset, 'has' | 'countRange'>;

/**
 * The intersection of some sets plus a few more slots, worked out a word at a time as it is read,
 * each word once per `reset`: a search near a place reads the words of the slots around it only,
 * where building the whole intersection first streamed every set through memory (12.5 KB each per
 * 100,000 profiles). Kept and reused: `reset` starts a new intersection without clearing.
 */
export class LazyIntersection implements SlotSet {
  private sets: Uint32Array[] = [];
  private extra = new Map<number, number>();
  private values = new Uint32Array(0);
  private doneAt = new Uint32Array(0);
  private round = 0;

  /** From now on: the slots in every one of `sets`, and `extra`. */
  reset(sets: Bitset[], extra: Iterable<number>, capacity: number) {
    const words = Math.ceil(capacity / 32);
    if (this.values.length < words) [this.values, this.doneAt] = [new Uint32Array(words), new Uint32Array(words)];
    if (++this.round === 0xffffffff) [this.round, this.doneAt] = [1, new Uint32Array(this.values.length)];
    this.sets = sets.map((set) => set.words);
    this.extra.clear();
    for (const slot of extra) this.extra.set(slot >>> 5, (this.extra.get(slot >>> 5) ?? 0) | (1 << (slot & 31)));
    return this;
  }

  private word(index: number) {
    if (this.doneAt[index] === this.round) return this.values[index]!;
    let word = this.sets.length > 0 ? 0xffffffff : 0;
    for (const words of this.sets) word &= words[index] ?? 0;
    word = (word | (this.extra.get(index) ?? 0)) >>> 0;
    if (index < this.values.length) [this.values[index], this.doneAt[index]] = [word, this.round];
    return word;
  }

  has(slot: number) {
    return (this.word(slot >>> 5) & (1 << (slot & 31))) !== 0;
  }

  countRange(start: number, end: number) {
    if (end <= start) return 0;
    const [first, last] = [start >>> 5, (end - 1) >>> 5];
    let total = 0;
    for (let index = first; index <= last; index++) total += popcount(inRange(this.word(index), index, start, end));
    return total;
  }
}
