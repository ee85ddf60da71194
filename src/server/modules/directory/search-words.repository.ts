// The vocabulary of indexed words (table search_words, kept by a trigger on profiles): for each
// query word, whether some indexed word starts with it, and the nearest indexed words by trigram
// distance. The GiST index answers both; KNN needs no similarity threshold, so a 5-letter word
// with two letters swapped (trigram similarity 0.2) still finds its intended word.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

export type WordCandidates = { known: boolean; nearest: string[] };

export const searchWordsRepository = (db: Db) => ({
  async candidates(words: string[], perWord: number): Promise<Map<string, WordCandidates>> {
    if (words.length === 0) return new Map();
    const typed = sql.join(
      words.map((word) => sql`(${word}::text, ${`${escapeLike(word)}%`}::text)`),
      sql`, `,
    );
    const { rows } = await db.execute<{ typed: string; known: boolean; nearest: string[] }>(sql`
      select q.typed,
        exists (select 1 from search_words where word like q.prefix) as known,
        array(select word from search_words order by word <-> q.typed limit ${perWord}) as nearest
      from (values ${typed}) as q(typed, prefix)`);
    return new Map(rows.map((row) => [row.typed, { known: row.known, nearest: row.nearest }]));
  },
});
