// Typo tolerance for the directory's text search, by the rules of dedicated search engines
// (lib/typo-distance.ts): a query word that no indexed word starts with is also searched as the
// indexed words closest to it within its typo budget ("massge" → "massage"). Candidates come from
// the vocabulary (every word of every profile's search text) and the taxonomy's labels, so a
// profession nobody lists yet is still spelled right. Only the closest are kept: "chiropracter"
// becomes "chiropractor" (one typo), not also "chiropractic" (two).
import { modalities, professions, specialties } from '../../../contracts/taxonomy.ts';
import { typoBudget, typoDistance } from '../../lib/typo-distance.ts';
import type { DirectoryFilter } from './directory.repository.ts';

// Enough candidates that the intended word is among them, few enough to check in microseconds.
const candidatesPerWord = 24;
const edgePunctuation = /^[.,;:!?()[\]{}"']+|[.,;:!?()[\]{}"']+$/g;
const letters = (word: string) => [...word].length;

const taxonomyWords = [
  ...new Set(
    [professions, specialties, modalities]
      .flatMap((table) => Object.values(table))
      .flatMap((label) => label.toLowerCase().split(/\s+/))
      .map((word) => word.replace(edgePunctuation, ''))
      .filter((word) => letters(word) >= 4),
  ),
];

function closest(word: string, candidates: string[]) {
  const budget = typoBudget(letters(word));
  let best = budget + 1;
  let found: string[] = [];
  for (const candidate of new Set(candidates)) {
    const distance = typoDistance(word, candidate, budget);
    if (distance === 0 || distance > best) continue;
    if (distance < best) [best, found] = [distance, []];
    found.push(candidate);
  }
  return best <= budget ? found.sort() : [];
}

/** For each query word: whether some vocabulary word starts with it, and the words it may be a typo of. */
export type WordCandidates = { known: boolean; nearest: string[] };
/** Where the corrections come from: the in-process index's vocabulary (search-index/index-vocabulary.ts). */
export type WordVocabulary = {
  candidates: (words: string[], perWord: number) => Promise<Map<string, WordCandidates>>;
};

export function typoCorrection(vocabulary: WordVocabulary) {
  return {
    /** The text filter with each misspelt word's corrections added as alternatives, and the phrase as if spelt right (for ranking). */
    async correct(text: NonNullable<DirectoryFilter['text']>): Promise<NonNullable<DirectoryFilter['text']>> {
      const typed = text.words.map(([word]) => (word ?? '').replace(edgePunctuation, ''));
      const fuzzy = [
        ...new Set(
          typed.filter(
            (word) => typoBudget(letters(word)) > 0 && !taxonomyWords.some((known) => known.startsWith(word)),
          ),
        ),
      ];
      const found = await vocabulary.candidates(fuzzy, candidatesPerWord);
      const corrections = new Map<string, string[]>();
      for (const word of fuzzy) {
        const candidates = found.get(word);
        if (!candidates || candidates.known) continue;
        const nearest = closest(word, [...candidates.nearest, ...taxonomyWords]);
        if (nearest.length > 0) corrections.set(word, nearest);
      }
      if (corrections.size === 0) return text;
      return {
        phrase: text.phrase,
        words: text.words.map((spellings, index) => [...spellings, ...(corrections.get(typed[index]!) ?? [])]),
        ranked: typed.map((word, index) => corrections.get(word)?.[0] ?? text.words[index]![0]).join(' '),
      };
    },
  };
}
