// The words of every profile's search_text, for the directory's word-prefix search and its typo
// vocabulary. A query word matches a profile when some token of its text (split at single spaces,
// exactly as `search_text LIKE 'w%' OR LIKE '% w%'` sees it) starts with the word: the distinct
// tokens are kept sorted, so the tokens starting with a word are one contiguous run, and their
// profiles are the union of that run's postings.
import { Bitset } from './bitset.ts';
import { lowerBound } from './lower-bound.ts';

/** What the search_words trigger counted as a word (migration 0007): ≥ 4 letters, edge punctuation trimmed. */
const edgePunctuation = /^[.,;:!?()[\]{}"']+|[.,;:!?()[\]{}"']+$/g;
const punctuation = new Set('.,;:!?()[]{}"\'');
const otherWhitespace = /[\t\n\r\v\f]/;
function vocabularyWordsOf(text: string, tokens: string[]) {
  const words = new Set<string>();
  for (const token of otherWhitespace.test(text) ? text.split(/[ \t\n\r\v\f]+/) : tokens) {
    const word =
      punctuation.has(token[0] ?? '') || punctuation.has(token[token.length - 1] ?? '')
        ? token.replace(edgePunctuation, '')
        : token;
    // Four letters, counted as code points (a UTF-16 length of 8 is four of them whatever they are).
    if (word.length >= 8 || (word.length >= 4 && [...word].length >= 4)) words.add(word);
  }
  return words;
}

const tokensOf = (searchText: string) => [...new Set(searchText.split(' '))].filter(Boolean);

export class TextIndex {
  private postings = new Map<string, number[]>();
  private sorted: string[] = [];
  private sortedStale = false;
  private vocabularyCounts = new Map<string, number>();
  private vocabularyList: string[] | null = null;
  /** Word → profiles, for words asked again before the next change (short words have long runs). */
  private matches = new Map<string, Bitset>();

  add(slot: number, searchText: string) {
    const tokens = tokensOf(searchText);
    for (const token of tokens) {
      const list = this.postings.get(token);
      if (list) list.push(slot);
      else {
        this.postings.set(token, [slot]);
        this.insertSorted(token);
      }
    }
    for (const word of vocabularyWordsOf(searchText, tokens)) {
      const count = this.vocabularyCounts.get(word) ?? 0;
      this.vocabularyCounts.set(word, count + 1);
      if (count === 0) this.vocabularyList = null;
    }
    if (this.matches.size > 0) this.matches.clear();
  }

  /** Takes a profile's words out; `searchText` is what it was added with. */
  remove(slot: number, searchText: string) {
    const tokens = tokensOf(searchText);
    for (const token of tokens) {
      const list = this.postings.get(token)!;
      const at = list.indexOf(slot);
      list[at] = list[list.length - 1]!;
      list.pop();
      if (list.length === 0) {
        this.postings.delete(token);
        this.removeSorted(token);
      }
    }
    for (const word of vocabularyWordsOf(searchText, tokens)) {
      const count = this.vocabularyCounts.get(word)! - 1;
      if (count === 0) {
        this.vocabularyCounts.delete(word);
        this.vocabularyList = null;
      } else this.vocabularyCounts.set(word, count);
    }
    this.matches.clear();
  }

  /** While loading every profile at once: keep the token order once at the end, not per insert. */
  deferSorting() {
    this.sortedStale = true;
  }

  /** The profiles with a token starting with `word` (shared: do not modify). */
  withPrefix(word: string, capacity: number): Bitset {
    const cached = this.matches.get(word);
    if (cached) return cached;
    const sorted = this.sortedTokens();
    const found = new Bitset(capacity);
    for (let at = lowerBound(sorted, word); at < sorted.length && sorted[at]!.startsWith(word); at++) {
      for (const slot of this.postings.get(sorted[at]!)!) found.add(slot);
    }
    if (this.matches.size >= 512) this.matches.clear();
    this.matches.set(word, found);
    return found;
  }

  /** Every vocabulary word, sorted (the typo corrections' candidates and the "known word" probe). */
  vocabulary(): string[] {
    this.vocabularyList ??= [...this.vocabularyCounts.keys()].sort();
    return this.vocabularyList;
  }

  private sortedTokens() {
    if (this.sortedStale) {
      this.sorted = [...this.postings.keys()].sort();
      this.sortedStale = false;
    }
    return this.sorted;
  }

  private insertSorted(token: string) {
    if (this.sortedStale) return;
    this.sorted.splice(lowerBound(this.sorted, token), 0, token);
  }

  private removeSorted(token: string) {
    if (this.sortedStale) return;
    const at = lowerBound(this.sorted, token);
    if (this.sorted[at] === token) this.sorted.splice(at, 1);
  }
}
