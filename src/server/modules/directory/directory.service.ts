// Who may be found and how: public profiles for everyone, members-only ones for signed-in members,
// hidden ones never (not even to their owner — the directory is what others see). A `near` postal
// code is resolved here; an unknown one is the caller's mistake (400 naming `near`).
import type { DirectoryQuery, DirectoryResult } from '../../../contracts/directory.ts';
import type { Visibility } from '../../../contracts/taxonomy.ts';
import type { AwayBanner } from '../../../contracts/cover.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { invalid } from '../../http/errors.ts';
import { lookupPostalCode, metersPer } from '../../lib/geo.ts';
import type { CoverServices } from '../cover/cover.module.ts';
import { mediaUrl } from '../../../contracts/app-paths.ts';
import {
  directoryRepository,
  type DirectoryFilter,
  type DirectoryRow,
  type DirectorySort,
} from './directory.repository.ts';
import { directoryIndex } from './directory-index.ts';

export const defaultRadius = 25;
const maxWords = 8;

function textOf(q: string | undefined): DirectoryFilter['text'] {
  const phrase = (q ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  if (!phrase) return undefined;
  return {
    phrase,
    words: phrase
      .split(' ')
      .slice(0, maxWords)
      .map((word) => [word]),
    ranked: phrase,
  };
}

const roundTenth = (value: number) => Math.round(value * 10) / 10;

/** The repository filter a query means for this viewer (exported so the benchmark runs the very same SQL). */
export function directoryFilter(
  viewer: Actor | null,
  query: DirectoryQuery,
): { filter: DirectoryFilter; origin: DirectoryResult['origin'] } {
  let origin: DirectoryResult['origin'] = null;
  let near: DirectoryFilter['near'];
  if (query.near) {
    const place = lookupPostalCode(query.near);
    if (!place) throw invalid('near', `unknown postal code "${query.near}"`);
    origin = { lat: place.lat, lng: place.lng, label: `${place.city}, ${place.region} ${place.postalCode}` };
    near = { lat: place.lat, lng: place.lng, meters: (query.radius ?? defaultRadius) * metersPer[query.unit] };
  }
  const text = textOf(query.q);
  const sort: DirectorySort = query.sort ?? (near ? 'distance' : text ? 'relevance' : 'name');
  if (sort === 'distance' && !near) throw invalid('sort', 'sorting by distance needs a postal code in "near"');
  const visibilities: Visibility[] = viewer ? ['public', 'members'] : ['public'];
  const filter: DirectoryFilter = {
    visibilities,
    profession: query.profession,
    specialty: query.specialty,
    modality: query.modality,
    acceptingReferrals: query.acceptingReferrals,
    near,
    text,
    sort,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  };
  return { filter, origin };
}

/** The away notices entries show (cover's away-banners.ts). */
export type DirectoryDeps = { awayBanners: Pick<CoverServices['banners'], 'bySlug'> };

/** A profile on the page; `slot` is its place in the index (-1 from SQL), `mayBeAway` whether to look up its away notice. */
type Hit = { row: Omit<DirectoryRow, 'meters' | 'score'>; meters: number | null; slot: number; mayBeAway: boolean };

export function directoryService({ db, log }: Pick<AppContext, 'db' | 'log'>, deps: DirectoryDeps) {
  const repo = directoryRepository(db);
  const heads = itemHeads();
  const index = directoryIndex(db, log);

  // While the index loads (the first seconds after a start), SQL answers, counting as it did, with
  // the words as typed: typos are corrected from the index's vocabulary once it is there.
  async function fromSql(filter: DirectoryFilter) {
    const rows = await repo.findPage(filter);
    const shown = rows.length;
    const total =
      (shown > 0 && shown < filter.limit) || (shown === 0 && filter.offset === 0)
        ? filter.offset + shown
        : Math.max(await repo.count(filter), filter.offset + shown);
    const hits = rows.map((row): Hit => ({ row, meters: row.meters, slot: -1, mayBeAway: true }));
    return { hits, total, totalExact: true };
  }

  /** The page's hits, the away notices among them, and the total: what both answers below are made of. */
  async function find(viewer: Actor | null, query: DirectoryQuery) {
    const { filter: typed, origin } = directoryFilter(viewer, query);
    const current = await index.current();
    const filter = typed.text && current ? { ...typed, text: await current.correct(typed.text) } : typed;
    const { hits, total, totalExact } = current ? current.search(filter) : await fromSql(filter);
    // From the index, only members with an away period not over are looked up (usually none).
    const mayBeAway = hits.filter((hit) => hit.mayBeAway);
    const away =
      mayBeAway.length > 0
        ? await deps.awayBanners.bySlug(
            mayBeAway.map((hit) => hit.row.slug),
            viewer !== null,
          )
        : new Map<string, AwayBanner>();
    const rest = { total, totalExact, page: query.page, pageSize: query.pageSize, unit: query.unit, origin };
    return { hits, away, rest };
  }

  return {
    async search(viewer: Actor | null, query: DirectoryQuery): Promise<DirectoryResult> {
      const { hits, away, rest } = await find(viewer, query);
      const items = hits.map((hit) => ({
        ...itemOf(hit.row),
        distance: distanceOf(hit.meters, query.unit),
        ...(away.has(hit.row.slug) ? { away: away.get(hit.row.slug) } : {}),
      }));
      return { items, ...rest };
    },
    /**
     * The same answer as JSON text, exactly what JSON.stringify(search(…)) gives (directory.test.ts
     * holds the two together): each profile's part is written once and kept while its row is, so a
     * search writes twenty of those and its numbers (JSON.stringify of twenty items was ~30 µs).
     */
    async searchJson(viewer: Actor | null, query: DirectoryQuery): Promise<string> {
      const { hits, away, rest } = await find(viewer, query);
      const items = hits.map((hit) => {
        // A row is read only to write its part the first time, or for an away notice: the rows of a
        // page are rarely in cache when a request comes.
        const notice = away.size > 0 ? away.get(hit.row.slug) : undefined;
        const tail = notice ? `,"away":${JSON.stringify(notice)}}` : '}';
        return `${heads.of(hit)}${JSON.stringify(distanceOf(hit.meters, query.unit))}${tail}`;
      });
      return `{"items":[${items.join(',')}],${JSON.stringify(rest).slice(1)}`;
    },
    /** The in-process index's life: loaded after the server listens, stopped with it. */
    index,
  };
}
export type DirectoryService = ReturnType<typeof directoryService>;

/** An entry's fields but its distance (and away notice), in the contract's order. */
function itemOf(row: Hit['row']) {
  return {
    slug: row.slug,
    displayName: row.displayName,
    profession: row.profession,
    practiceName: row.practiceName,
    city: row.city,
    region: row.region,
    country: row.country,
    specialties: row.specialties,
    modalities: row.modalities,
    acceptingReferrals: row.acceptingReferrals,
    logoUrl: mediaUrl(row.logoFile),
    location: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
  };
}

const distanceOf = (meters: number | null, unit: DirectoryQuery['unit']) =>
  meters === null ? null : roundTenth(Number(meters) / metersPer[unit]);

// An entry as JSON up to its distance, kept per index slot with the row it was written from: the
// index keeps a row object until the profile changes (then a new one replaces it), so the text is
// written once per profile version, and finding it compares the row's reference without reading it.
function itemHeads() {
  const texts: string[] = [];
  const writtenFrom: Hit['row'][] = [];
  const write = (row: Hit['row']) => `${JSON.stringify(itemOf(row)).slice(0, -1)},"distance":`;
  return {
    of({ row, slot }: Hit) {
      if (slot < 0) return write(row);
      if (writtenFrom[slot] !== row) [texts[slot], writtenFrom[slot]] = [write(row), row];
      return texts[slot]!;
    },
  };
}
