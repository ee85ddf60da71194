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
    for (let index = first; index <= last && index < mine.length; index++) {
      let word = mine[index]!;
      if (index === first) word &= ~0 << (start & 31);
      if (index === last) word &= ~0 >>> (31 - ((end - 1) & 31));
      total += popcount(word);
    }
    return total;
  }

  count(words: number) {
    let total = 0;
    const mine = this.words;
    for (let index = 0; index < words; index++) total += popcount(mine[index]!);
    return total;
  }
}

function popcount(word: number) {
  word -= (word >>> 1) & 0x55555555;
  word = (word & 0x33333333) + ((word >>> 2) & 0x33333333);
  return (((word + (word >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
