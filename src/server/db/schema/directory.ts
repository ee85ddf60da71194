import { sql } from 'drizzle-orm';
import { index, pgTable, text } from 'drizzle-orm/pg-core';

// The distinct words of every profile's search_text (4 letters and up), which the directory's typo
// tolerance corrects a query word to. Kept by a trigger on profiles (see the search_vocabulary
// migration and docs/decisions/012-directory-typo-search.md), so every writer — the profile form,
// the seeders, an import — keeps it current without knowing it exists.
export const searchWords = pgTable(
  'search_words',
  { word: text('word').primaryKey() },
  // GiST, not GIN: the candidates are the nearest words by trigram distance (KNN `<->`), which
  // needs no similarity threshold; and it answers the `like 'word%'` "is this word known" probe.
  (table) => [index('search_words_trgm_idx').using('gist', sql`${table.word} gist_trgm_ops`)],
);
