// The typo corrections' candidates from the index's own vocabulary (typo-correction.ts asks the
// same question of the search_words table while the index loads). Instead of the 24 nearest words
// by trigrams, every word that could be within the typo budget: its length is within the budget,
// and it differs in at most two letters per typo (a 32-bit letter signature); the exact
// optimal-string-alignment check then keeps the closest.
import { typoBudget } from '../../../lib/typo-distance.ts';
import type { WordCandidates, WordVocabulary } from '../typo-correction.ts';
import { lowerBound } from './lower-bound.ts';
import type { TextIndex } from './text-index.ts';

type Bucket = { words: string[]; signatures: Uint32Array };

function signatureOf(word: string) {
  let signature = 0;
  for (let at = 0; at < word.length; at++) signature |= 1 << (word.charCodeAt(at) & 31);
  return signature >>> 0;
}

function bitsIn(value: number) {
  let count = 0;
  for (let rest = value; rest !== 0; rest &= rest - 1) count++;
  return count;
}

export function indexVocabulary(text: TextIndex): WordVocabulary {
  let builtFrom: string[] | null = null;
  let byLength = new Map<number, Bucket>();

  function buckets(vocabulary: string[]) {
    if (builtFrom === vocabulary) return byLength;
    const grouped = new Map<number, string[]>();
    for (const word of vocabulary) {
      const letters = [...word].length;
      const group = grouped.get(letters);
      if (group) group.push(word);
      else grouped.set(letters, [word]);
    }
    byLength = new Map(
      [...grouped].map(([letters, words]) => [letters, { words, signatures: Uint32Array.from(words, signatureOf) }]),
    );
    builtFrom = vocabulary;
    return byLength;
  }

  return {
    async candidates(words) {
      const vocabulary = text.vocabulary();
      const found = new Map<string, WordCandidates>();
      for (const word of words) {
        const at = lowerBound(vocabulary, word);
        const known = at < vocabulary.length && vocabulary[at]!.startsWith(word);
        const letters = [...word].length;
        const budget = typoBudget(letters);
        const signature = signatureOf(word);
        const nearest: string[] = [];
        if (!known) {
          for (let length = letters - budget; length <= letters + budget; length++) {
            const bucket = buckets(vocabulary).get(length);
            if (!bucket) continue;
            for (let index = 0; index < bucket.words.length; index++) {
              if (bitsIn(bucket.signatures[index]! ^ signature) <= 2 * budget) nearest.push(bucket.words[index]!);
            }
          }
        }
        found.set(word, { known, nearest });
      }
      return found;
    },
  };
}
