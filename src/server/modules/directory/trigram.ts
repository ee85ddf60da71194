// pg_trgm's similarity() and word_similarity() (contrib/pg_trgm/trgm_op.c) in process, to the last
// bit of their float4 results, for an in-memory directory index (issue 13). Names are prepared once
// into trigram ids from a shared dictionary; a query is prepared per search and compared with
// thousands of names, so the comparisons allocate nothing: they work in scratch arrays indexed by id
// that the dictionary keeps, and put back only the entries they touched. A prepared name is one view
// into storage the dictionary hands out in large blocks: a million names in a typed array each (or
// two) would spend more on the arrays' headers than on the ids.
import { TrigramKeys, type TrigramRules } from './trigram-text.ts';

export { lowerForDatabase, showTrigrams, trigramRulesFor, type TrigramRules } from './trigram-text.ts';

/** pg_trgm.word_similarity_threshold's default: `phrase <% name` holds from this word similarity up. */
export const wordSimilarityThreshold = 0.6;

/**
 * A name's trigram ids: how many it has in all, then each in pg_trgm's order (repeats kept), then the
 * distinct ones ascending. `[3, 7, 8, 7, 7, 8]` is a name whose trigrams are ids 7, 8, 7.
 */
export type PreparedName = Int32Array;

/**
 * A query's distinct trigrams: `length` counts them all, `known` holds the ids of those some name
 * had when the query was prepared (the others count towards its length but can match nothing).
 */
export type PreparedQuery = { known: Int32Array; length: number; dictionary: TrigramDictionary };

/** Trigram keys to small ids, growing as names are prepared; also the names' storage and the scratch space. */
export class TrigramDictionary {
  private readonly ids = new Map<number, number>();
  private loaded: PreparedQuery | undefined;
  private block = new Int32Array(0);
  private blockUsed = 0;
  /** 1 where the loaded query has the trigram. */
  found = new Uint8Array(0);
  /** Where the name being compared last had the trigram; -1 between comparisons. */
  lastPosition = new Int32Array(0);

  get size() {
    return this.ids.size;
  }

  idOf(key: number) {
    return this.ids.get(key);
  }

  add(key: number) {
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    return id;
  }

  /** Room for a prepared name, carved from the current block (freed when no name in the block is kept). */
  allocate(length: number): Int32Array {
    if (this.blockUsed + length > this.block.length) {
      this.block = new Int32Array(Math.max(length, 1 << 16));
      this.blockUsed = 0;
    }
    return this.block.subarray(this.blockUsed, (this.blockUsed += length));
  }

  /** The scratch arrays, covering every id so far, with the query's trigrams marked in `found`. */
  load(query: PreparedQuery): this {
    if (this.found.length < this.ids.size) {
      const capacity = Math.max(1024, this.ids.size * 2);
      this.found = new Uint8Array(capacity);
      this.lastPosition = new Int32Array(capacity).fill(-1);
      this.loaded = undefined;
    }
    if (this.loaded !== query) {
      if (this.loaded) for (const id of this.loaded.known) this.found[id] = 0;
      for (const id of query.known) this.found[id] = 1;
      this.loaded = query;
    }
    return this;
  }
}

const keys = new TrigramKeys();
let sorted = new Int32Array(64);

// The distinct values among the first `count`, ascending, at the start of `sorted`; returns how many.
function sortDistinct(values: Int32Array, count: number): number {
  if (sorted.length < count) sorted = new Int32Array(Math.max(count, sorted.length * 2));
  sorted.set(values.subarray(0, count));
  sorted.subarray(0, count).sort();
  let distinct = 0;
  for (let index = 0; index < count; index++)
    if (index === 0 || sorted[index] !== sorted[distinct - 1]) sorted[distinct++] = sorted[index]!;
  return distinct;
}

const noTrigrams: PreparedName = Int32Array.of(0);

/** The text's trigrams as ids, adding new ones to the dictionary. Pass what SQL passes: lower(display_name). */
export function prepareName(text: string, rules: TrigramRules, dictionary: TrigramDictionary): PreparedName {
  const { keys: ids, count } = keys.fill(text, rules);
  if (count === 0) return noTrigrams;
  for (let index = 0; index < count; index++) ids[index] = dictionary.add(ids[index]!);
  const distinct = sortDistinct(ids, count);
  const name = dictionary.allocate(1 + count + distinct);
  name[0] = count;
  name.set(ids.subarray(0, count), 1);
  name.set(sorted.subarray(0, distinct), 1 + count);
  return name;
}

/** The query's trigrams, against the names prepared so far (prepare it after them). */
export function prepareQuery(text: string, rules: TrigramRules, dictionary: TrigramDictionary): PreparedQuery {
  const length = sortDistinct(keys.fill(text, rules).keys, keys.count);
  const known: number[] = [];
  for (let index = 0; index < length; index++) {
    const id = dictionary.idOf(sorted[index]!);
    if (id !== undefined) known.push(id);
  }
  return { known: Int32Array.from(known).sort(), length, dictionary };
}

// pg_trgm's CALCSML: shared over all distinct trigrams of both, divided in float4.
const similarityFrom = (shared: number, length1: number, length2: number) =>
  Math.fround(shared / (length1 + length2 - shared));

/** similarity(query, name), the float4 PostgreSQL returns. */
export function similarityOf(query: PreparedQuery, name: PreparedName): number {
  const firstDistinct = name[0]! + 1;
  const distinct = name.length - firstDistinct;
  if (query.length === 0 || distinct === 0) return 0;
  const { found } = query.dictionary.load(query);
  let shared = 0;
  for (let index = firstDistinct; index < name.length; index++) shared += found[name[index]!]!;
  return similarityFrom(shared, query.length, distinct);
}

/** word_similarity(query, name), the float4 PostgreSQL returns. */
export const wordSimilarityOf = (query: PreparedQuery, name: PreparedName) =>
  bestExtent(query, name, Number.POSITIVE_INFINITY);

/** `query <% name`: whether word_similarity reaches the threshold (stopping as soon as it does). */
export const wordSimilarAtLeast = (query: PreparedQuery, name: PreparedName, threshold = wordSimilarityThreshold) =>
  bestExtent(query, name, threshold) >= threshold;

// iterate_word_similarity without the strict bounds: the best similarity between the query and an
// extent of the name's trigrams, each extent ending at a trigram the query has, its start moved right
// while that raises the score. Stops once a score reaches `stopAt`, as pg does for `<%`.
function bestExtent(query: PreparedQuery, name: PreparedName, stopAt: number): number {
  const { found, lastPosition } = query.dictionary.load(query);
  // A trigram's position is its index in `name`: 1 to `end - 1`.
  const end = name[0]! + 1;
  const queryLength = query.length;
  let lower = -1;
  let distinct = 0;
  let shared = 0;
  let best = 0;
  for (let upper = 1; upper < end; upper++) {
    const id = name[upper]!;
    const inQuery = found[id] === 1;
    if (lower >= 0 || inQuery) {
      if (lastPosition[id]! < 0) {
        distinct++;
        if (inQuery) shared++;
      }
      lastPosition[id] = upper;
    }
    if (!inQuery) continue;
    if (lower === -1) {
      lower = upper;
      distinct = 1;
    }
    let current = similarityFrom(shared, queryLength, distinct);
    let trialShared = shared;
    let trialDistinct = distinct;
    const previousLower = lower;
    for (let trial = lower; trial <= upper; trial++) {
      const score = similarityFrom(trialShared, queryLength, trialDistinct);
      if (score > current) {
        current = score;
        distinct = trialDistinct;
        lower = trial;
        shared = trialShared;
      }
      if (current >= stopAt) break;
      const leaving = name[trial]!;
      if (lastPosition[leaving] === trial) {
        trialDistinct--;
        if (found[leaving] === 1) trialShared--;
      }
    }
    if (current > best) best = current;
    if (best >= stopAt) break;
    for (let dropped = previousLower; dropped < lower; dropped++) {
      const leaving = name[dropped]!;
      if (lastPosition[leaving] === dropped) lastPosition[leaving] = -1;
    }
  }
  if (lower >= 0) for (let index = 1; index < end; index++) lastPosition[name[index]!] = -1;
  return best;
}

const onStrings =
  (compare: (query: PreparedQuery, name: PreparedName) => number) => (a: string, b: string, rules: TrigramRules) => {
    const dictionary = new TrigramDictionary();
    const name = prepareName(b, rules, dictionary);
    return compare(prepareQuery(a, rules, dictionary), name);
  };

/** similarity(a, b) on plain strings (a throwaway dictionary each time: for tests, not for the index). */
export const similarity = onStrings(similarityOf);

/** word_similarity(a, b) on plain strings (a throwaway dictionary each time: for tests, not for the index). */
export const wordSimilarity = onStrings(wordSimilarityOf);
