// Ranking guide entries for the words a therapist types ("numbness down the arm", "whiplash"):
// each entry scores the number of query words it matches, so one unmatched word no longer hides
// everything. Words match by stem or prefix in the title and signs, and a word (or phrase) that
// is a glossary term or alias also matches the entries that term is curated to relate to.
import type { GlossaryTerm, ScopeGuideEntry } from '../../../contracts/scope-guide.ts';

// Words that say nothing about a presentation. "down", "up", "into" are here because a client
// describes a direction of pain with them, which the signs phrase in other ways.
const stopWords = new Set(
  (
    'a an and are as at be been but by client clients do does for from had has have he her his how i if in into is it its ' +
    'me my no not of off on or our out over own she so some than that the their them then there these they this those ' +
    'to too under up down very was we were what when where which while who whom why will with would you your'
  ).split(' '),
);

// A light suffix stripper: enough to meet "numbness"/"numb", "tingling"/"tingle", "legs"/"leg"
// in a 60-entry guide; a full stemmer would be a dependency for little gain here.
const suffixes = ['nesses', 'ness', 'ings', 'ing', 'edly', 'ed', 'ies', 'es', 's', 'ly', 'e'];
export function stem(word: string) {
  const suffix = suffixes.find((ending) => word.length - ending.length >= 3 && word.endsWith(ending));
  const base = suffix ? word.slice(0, -suffix.length) : word;
  // "dizzy" and "dizziness", "injury" and "injuries" meet on "dizzi", "injuri".
  return base.length > 3 && base.endsWith('y') ? `${base.slice(0, -1)}i` : suffix === 'ies' ? `${base}i` : base;
}

const tokens = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
/** The words of a query that carry meaning, as stems. */
export const queryStems = (text: string) =>
  tokens(text)
    .filter((word) => !stopWords.has(word))
    .map(stem);

// A short stem must be a whole word ("arm" is not "armpit"); from four letters on, a prefix will do
// ("tingl" meets "tingling", "swell" meets "swelling").
const matchesWord = (queryStem: string, word: string) =>
  stem(word) === queryStem || (queryStem.length >= 4 && word.startsWith(queryStem));

type Indexed = { entry: ScopeGuideEntry; title: string[]; signs: string[] };
export type Ranked = { entry: ScopeGuideEntry; matched: number; inTitle: number };

export function scopeGuideSearch(entries: ScopeGuideEntry[], glossary: GlossaryTerm[]) {
  const indexed: Indexed[] = entries.map((entry) => ({
    entry,
    title: tokens(entry.title),
    signs: tokens(entry.signs),
  }));
  // Every term and alias as a run of stems, longest first so "saddle anaesthesia" wins over "anaesthesia".
  const names = glossary
    .filter((term) => term.entries?.length)
    .flatMap((term) =>
      [term.term, ...(term.aliases ?? [])].map((name) => ({ stems: queryStems(name), entries: new Set(term.entries) })),
    )
    .filter((name) => name.stems.length > 0)
    .sort((a, b) => b.stems.length - a.stems.length);

  /** For each query word, the entries the glossary relates it to. */
  function glossaryHits(stems: string[]) {
    const hits = stems.map(() => new Set<string>());
    for (const name of names) {
      for (let start = 0; start + name.stems.length <= stems.length; start++) {
        if (!name.stems.every((part, offset) => part === stems[start + offset])) continue;
        for (let offset = 0; offset < name.stems.length; offset++)
          for (const key of name.entries) hits[start + offset]!.add(key);
      }
    }
    return hits;
  }

  return {
    /** Entries matching at least one word of the query, most words first, then most in the title; null without a query. */
    rank(query: string): Ranked[] | null {
      const stems = queryStems(query);
      if (stems.length === 0) return null;
      const related = glossaryHits(stems);
      const ranked: Ranked[] = [];
      for (const { entry, title, signs } of indexed) {
        let matched = 0;
        let inTitle = 0;
        stems.forEach((queryStem, index) => {
          const titled = title.some((word) => matchesWord(queryStem, word));
          if (titled || related[index]!.has(entry.key) || signs.some((word) => matchesWord(queryStem, word))) matched++;
          if (titled) inTitle++;
        });
        if (matched > 0) ranked.push({ entry, matched, inTitle });
      }
      // Stable sort: the guide's own order breaks the remaining ties.
      return ranked.sort((a, b) => b.matched - a.matched || b.inTitle - a.inTitle);
    },
  };
}
