// The directory's queries. Distance is db/distance.ts (the gist index on ll_to_earth(lat, lng): a
// box, the exact circle, and the nearest page by KNN). Text search is trigram based
// (pg_trgm): every word as a word prefix anywhere (in one of its spellings: typo-correction.ts adds
// the words a misspelling most likely meant), or the phrase as a near-spelling of the name.
import { and, asc, desc, eq, isNotNull, like, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { distanceSearch } from '../../db/distance.ts';
import { profiles } from '../../db/schema/index.ts';
import type { Visibility } from '../../../contracts/taxonomy.ts';

export type DirectorySort = 'distance' | 'relevance' | 'name';

export type DirectoryFilter = {
  visibilities: Visibility[];
  profession?: string | undefined;
  specialty?: string | undefined;
  modality?: string | undefined;
  acceptingReferrals?: boolean | undefined;
  near?: { lat: number; lng: number; meters: number } | undefined;
  /**
   * Lower-case phrase as typed; for each word, the spellings that count for it (as typed first, then
   * any typo corrections); and the phrase as if spelt right, which relevance is measured against.
   */
  text?: { phrase: string; words: string[][]; ranked: string } | undefined;
  sort: DirectorySort;
  limit: number;
  offset: number;
};

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

// search_text is stored lower-case, so LIKE (not ILIKE) is the case-insensitive prefix match.
const startsAWord = (word: string) =>
  or(like(profiles.searchText, `${escapeLike(word)}%`), like(profiles.searchText, `% ${escapeLike(word)}%`))!;

// Every word must match, in one of its spellings, as a word prefix. A whole name typed with several
// typos ("Jane Smyth") also matches by trigram word similarity on the short, separately indexed
// name; rechecking candidates against the long search_text would cost more than the rest.
function textCondition({ phrase, words }: NonNullable<DirectoryFilter['text']>) {
  const matchesWord = (spellings: string[]) => or(...spellings.map(startsAWord))!;
  return or(and(...words.map(matchesWord)), sql`${phrase} <% lower(${profiles.displayName})`)!;
}

const distance = distanceSearch({ lat: profiles.lat, lng: profiles.lng });

function conditions(filter: DirectoryFilter) {
  const where: (SQL | undefined)[] = [
    isNotNull(profiles.lat),
    isNotNull(profiles.lng),
    ne(profiles.displayName, ''),
    sql`${profiles.visibility} in (${sql.join(
      filter.visibilities.map((v) => sql`${v}`),
      sql`, `,
    )})`,
  ];
  if (filter.profession) where.push(eq(profiles.profession, filter.profession));
  // Near a place, `= any(...)` rather than `@>`: the GIN index on the arrays would tempt the planner
  // into collecting every sports therapist in the country, when the nearest page is a short KNN walk.
  const hasTag = (column: typeof profiles.specialties, tag: string) =>
    filter.near ? sql`${tag}::text = any(${column})` : sql`${column} @> array[${tag}]::text[]`;
  if (filter.specialty) where.push(hasTag(profiles.specialties, filter.specialty));
  if (filter.modality) where.push(hasTag(profiles.modalities, filter.modality));
  if (filter.acceptingReferrals !== undefined) where.push(eq(profiles.acceptingReferrals, filter.acceptingReferrals));
  if (filter.near) where.push(distance.within(filter.near, filter.near.meters));
  if (filter.text) where.push(textCondition(filter.text));
  return and(...where);
}

/** What a directory entry shows (the in-process index holds the same, directory-index.repository.ts). */
export const shownColumns = {
  slug: profiles.slug,
  displayName: profiles.displayName,
  profession: profiles.profession,
  practiceName: profiles.practiceName,
  city: profiles.city,
  region: profiles.region,
  country: profiles.country,
  specialties: profiles.specialties,
  modalities: profiles.modalities,
  acceptingReferrals: profiles.acceptingReferrals,
  logoFile: profiles.logoFile,
  lat: profiles.lat,
  lng: profiles.lng,
};

const byName = [asc(sql`lower(${profiles.displayName}) collate "C"`), asc(profiles.slug)];

/** One page of rows, in the filter's order. */
export function directoryPageQuery(db: Db, filter: DirectoryFilter) {
  const { near, text } = filter;
  // Relevance is closeness to the name (a match elsewhere in the text ranks after, by name). Scoring
  // the short name keeps a broad query ("mas" matches most therapists) affordable. A corrected
  // query ranks as its right spelling would.
  const score = text
    ? sql<number>`word_similarity(${text.ranked}, lower(${profiles.displayName})) + similarity(${text.ranked}, lower(${profiles.displayName}))`
    : sql<number>`0::float8`;
  // The inner query's order is one an index can produce (KNN distance, name) so LIMIT stops early;
  // the outer query adds the tie-breakers (same postal code, same distance) for a stable page.
  const inner =
    filter.sort === 'distance' && near
      ? [distance.nearestFirst(near)]
      : filter.sort === 'relevance'
        ? [desc(sql`score`), ...(near ? [asc(sql`meters`)] : []), ...byName]
        : byName;
  const page = db
    .select({
      ...shownColumns,
      meters: (near ? distance.metersFrom(near) : sql<number | null>`null::float8`).as('meters'),
      score: score.as('score'),
    })
    .from(profiles)
    .where(conditions(filter))
    .orderBy(...inner)
    .limit(filter.limit)
    .offset(filter.offset)
    .as('page');
  const outerName = [asc(sql`lower(${page.displayName}) collate "C"`), asc(page.slug)];
  const outer =
    filter.sort === 'distance'
      ? [asc(page.meters), ...outerName]
      : filter.sort === 'relevance'
        ? [desc(page.score), ...(near ? [asc(page.meters)] : []), ...outerName]
        : outerName;
  return db
    .select()
    .from(page)
    .orderBy(...outer);
}

export type DirectoryRow = Awaited<ReturnType<typeof directoryPageQuery>>[number];

export function directoryCountQuery(db: Db, filter: DirectoryFilter) {
  return db
    .select({ total: sql<number>`count(*)::int` })
    .from(profiles)
    .where(conditions(filter));
}

export const directoryRepository = (db: Db) => ({
  findPage: (filter: DirectoryFilter) => directoryPageQuery(db, filter),
  count: async (filter: DirectoryFilter) => (await directoryCountQuery(db, filter))[0]?.total ?? 0,
});
