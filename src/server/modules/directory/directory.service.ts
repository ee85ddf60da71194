// Who may be found and how: public profiles for everyone, members-only ones for signed-in members,
// hidden ones never (not even to their owner — the directory is what others see). A `near` postal
// code is resolved here; an unknown one is the caller's mistake (400 naming `near`).
import type { DirectoryQuery, DirectoryResult } from '../../../contracts/directory.ts';
import type { Visibility } from '../../../contracts/taxonomy.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { invalid } from '../../http/errors.ts';
import { lookupPostalCode, metersPer } from '../../lib/geo.ts';
import { createTtlCache } from '../../lib/ttl-cache.ts';
import type { CoverServices } from '../cover/cover.module.ts';
import { mediaUrl } from '../../../contracts/app-paths.ts';
import {
  directoryRepository,
  type DirectoryFilter,
  type DirectoryRow,
  type DirectorySort,
} from './directory.repository.ts';
import { typoCorrection } from './typo-correction.ts';

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

// Counting every match in a busy city costs far more than fetching one page, and the answer barely
// moves, so a full page's total is remembered briefly. A partial page needs no count: it ends the list.
const totalTtlMs = 15_000;

/** The away notices entries show (cover's away-banners.ts). */
export type DirectoryDeps = { awayBanners: Pick<CoverServices['banners'], 'bySlug'> };

export function directoryService({ db }: Pick<AppContext, 'db'>, deps: DirectoryDeps) {
  const repo = directoryRepository(db);
  const typos = typoCorrection(db);
  const totals = createTtlCache<Promise<number>>(totalTtlMs, 2000);

  async function totalOf(filter: DirectoryFilter, shown: number) {
    if (shown > 0 && shown < filter.limit) return filter.offset + shown;
    if (shown === 0 && filter.offset === 0) return 0;
    const key = JSON.stringify({ ...filter, sort: null, limit: null, offset: null });
    let pending = totals.get(key);
    if (!pending) {
      pending = repo.count(filter);
      totals.set(key, pending);
      pending.catch(() => totals.delete(key));
    }
    // A remembered total may predate the rows just read; never report fewer than are on screen.
    return shown === 0 ? await pending : Math.max(await pending, filter.offset + shown);
  }

  return {
    async search(viewer: Actor | null, query: DirectoryQuery): Promise<DirectoryResult> {
      const { filter: typed, origin } = directoryFilter(viewer, query);
      const filter = typed.text ? { ...typed, text: await typos.correct(typed.text) } : typed;
      const rows = await repo.findPage(filter);
      const total = await totalOf(filter, rows.length);
      const away = await deps.awayBanners.bySlug(
        rows.map((row) => row.slug),
        viewer !== null,
      );
      const items = rows.map((row) => ({
        ...toItem(row, query.unit),
        ...(away.has(row.slug) ? { away: away.get(row.slug) } : {}),
      }));
      return { items, total, page: query.page, pageSize: query.pageSize, unit: query.unit, origin };
    },
  };
}
export type DirectoryService = ReturnType<typeof directoryService>;

function toItem(row: DirectoryRow, unit: DirectoryQuery['unit']) {
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
    distance: row.meters === null ? null : roundTenth(Number(row.meters) / metersPer[unit]),
  };
}
