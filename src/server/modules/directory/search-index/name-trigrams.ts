// The listed names' trigrams (pg_trgm's, trigram.ts), for the two things the SQL asked of the name:
// `phrase <% lower(display_name)` (a name like the phrase) and the relevance score
// word_similarity + similarity. Each trigram lists the names holding it, so a search counts, for
// the few thousand names sharing any trigram with the phrase, how many they share: a name sharing
// none scores exactly 0, and the count bounds the score from above, so only the names that can
// reach the page are scored exactly.
import {
  TrigramDictionary,
  lowerForDatabase,
  prepareName,
  prepareQuery,
  similarityOf,
  wordSimilarAtLeast,
  wordSimilarityOf,
  wordSimilarityThreshold,
  type PreparedName,
  type PreparedQuery,
  type TrigramRules,
} from '../trigram.ts';

/** A prepared name's distinct trigram ids (it holds its count, the ids in order, then these). */
const distinctIds = (name: PreparedName) => name.subarray(1 + name[0]!);

export type SharedTrigrams = { slots: number[]; counts: Uint16Array };
/** The names sharing a trigram with a phrase, best score first (ties in name order), and each one's score. */
export type Ranking = { slots: Int32Array; scores: Float64Array; scoreOf: Map<number, number> };

// Phrases are asked again and again ("massage", a town, a corrected typo); their answers hold until
// a listed name changes.
const phrasesKept = 128;
function remember<T>(kept: Map<string, T>, phrase: string, answer: T) {
  if (kept.size >= phrasesKept) kept.delete(kept.keys().next().value!);
  kept.set(phrase, answer);
  return answer;
}

export class NameTrigrams {
  private dictionary = new TrigramDictionary();
  private prepared: (PreparedName | undefined)[] = [];
  private holders: number[][] = [];
  private counts = new Uint16Array(1024);
  private counted: number[] = [];
  private similarKept = new Map<string, Int32Array>();
  private rankingKept = new Map<string, Ranking>();
  private rules: TrigramRules;

  constructor(rules: TrigramRules) {
    this.rules = rules;
  }

  /** Indexes a listed name; answers it as the database lowercases it (the name order's key). */
  add(slot: number, displayName: string) {
    const lowered = lowerForDatabase(displayName, this.rules);
    const name = prepareName(lowered, this.rules, this.dictionary);
    this.prepared[slot] = name;
    for (const id of distinctIds(name)) (this.holders[id] ??= []).push(slot);
    this.forget();
    return lowered;
  }

  remove(slot: number) {
    const name = this.prepared[slot];
    if (!name) return;
    for (const id of distinctIds(name)) {
      const list = this.holders[id]!;
      const at = list.indexOf(slot);
      list[at] = list[list.length - 1]!;
      list.pop();
    }
    this.prepared[slot] = undefined;
    this.forget();
  }

  private forget() {
    if (this.similarKept.size > 0) this.similarKept.clear();
    if (this.rankingKept.size > 0) this.rankingKept.clear();
  }

  /**
   * The names `phrase <% name` holds for. Such a name shares at least 60 % of the phrase's trigrams,
   * so it holds one of the rarest (count − needed + 1) of them: only their names are checked.
   */
  similarTo(phrase: string): Int32Array {
    const kept = this.similarKept.get(phrase);
    if (kept) return kept;
    const query = this.query(phrase);
    const needed = Math.ceil(query.length * wordSimilarityThreshold - 1e-9);
    const unknown = query.length - query.known.length; // trigrams no name has: rarest of all
    const rarest = [...query.known]
      .sort((a, b) => (this.holders[a]?.length ?? 0) - (this.holders[b]?.length ?? 0))
      .slice(0, Math.max(0, query.length - needed + 1 - unknown));
    const candidates = new Set<number>();
    for (const id of rarest) for (const slot of this.holders[id] ?? []) candidates.add(slot);
    const similar = Int32Array.from([...candidates].filter((slot) => this.similar(query, slot)));
    return remember(this.similarKept, phrase, similar);
  }

  /** Every name sharing a trigram with `phrase`, by score (then `compare`, the name order). */
  ranking(phrase: string, compare: (a: number, b: number) => number): Ranking {
    const kept = this.rankingKept.get(phrase);
    if (kept) return kept;
    const query = this.query(phrase);
    const { slots } = this.shared(query);
    const scoreOf = new Map<number, number>();
    for (const slot of slots) scoreOf.set(slot, this.score(query, slot));
    const order = Int32Array.from(slots).sort((a, b) => scoreOf.get(b)! - scoreOf.get(a)! || compare(a, b));
    const scores = Float64Array.from(order, (slot) => scoreOf.get(slot)!);
    return remember(this.rankingKept, phrase, { slots: order, scores, scoreOf });
  }

  query(phrase: string): PreparedQuery {
    return prepareQuery(phrase, this.rules, this.dictionary);
  }

  /** The names sharing a trigram with the query, and how many each shares (valid until the next call). */
  shared(query: PreparedQuery): SharedTrigrams {
    if (this.counts.length < this.prepared.length) this.counts = new Uint16Array(this.prepared.length * 2);
    const counts = this.counts;
    for (const slot of this.counted) counts[slot] = 0;
    const slots: number[] = [];
    this.counted = slots;
    for (const id of query.known) {
      for (const slot of this.holders[id] ?? []) {
        if (counts[slot] === 0) slots.push(slot);
        counts[slot]! += 1;
      }
    }
    return { slots, counts };
  }

  /** The relevance score exactly as PostgreSQL computes it: float4 word_similarity + float4 similarity. */
  score(query: PreparedQuery, slot: number) {
    const name = this.prepared[slot]!;
    return Math.fround(wordSimilarityOf(query, name) + similarityOf(query, name));
  }

  /** `query <% name`. */
  similar(query: PreparedQuery, slot: number) {
    return wordSimilarAtLeast(query, this.prepared[slot]!, wordSimilarityThreshold);
  }
}
