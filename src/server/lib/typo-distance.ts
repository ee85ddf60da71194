// How many typos separate two words, by the rules dedicated search engines use (Meilisearch's
// defaults): a word of 1–4 letters must be exact, 5–8 letters may hold one typo, 9 and more two;
// a typo is a letter inserted, deleted, replaced, or two neighbours swapped ("bodywrok").
// PostgreSQL's fuzzystrmatch has Levenshtein only (a swap costs two there), so the final check is
// this optimal-string-alignment distance, run on the few candidates the trigram index proposes.

/** Typos allowed in a query word of this many letters. */
export const typoBudget = (letters: number) => (letters >= 9 ? 2 : letters >= 5 ? 1 : 0);

/** Optimal-string-alignment distance between a and b, or max + 1 as soon as it must exceed max. */
export function typoDistance(a: string, b: string, max: number): number {
  const [left, right] = [[...a], [...b]];
  if (Math.abs(left.length - right.length) > max) return max + 1;
  // Three rows of the dynamic-programming table: two back (for swaps), previous, current.
  let twoBack: number[] = [];
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1])
        value = Math.min(value, twoBack[j - 2]! + 1);
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > max) return max + 1;
    [twoBack, previous] = [previous, current];
  }
  return Math.min(previous[right.length]!, max + 1);
}
