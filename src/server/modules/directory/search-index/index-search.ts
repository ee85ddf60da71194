// One directory search against the in-process index, with exactly the answer the SQL
// (directory.repository.ts) gives: the same filters, the same distances, the same order —
// `lower(name) COLLATE "C", slug` by name; score desc (then distance), name, slug by relevance;
// distance, name, slug near a place. Totals are exact, except near a place where counting stops
// past `totalCap` once the page is settled (decision 032): then the answer says "at least".
import { chord, chordToMeters, metersToChord, originPoint } from '../../../lib/earth.ts';
import type { IndexedProfile } from '../directory-index.repository.ts';
import type { DirectoryFilter } from '../directory.repository.ts';
import { Bitset, type SlotSet } from './bitset.ts';
import { compareCodePoints } from './name-order.ts';
import type { ProfileStore } from './profile-store.ts';

export const totalCap = 1000;
/** Pages deeper than this are sorted whole instead of kept in a running top list. */
const runningTopLimit = 500;

/** A profile on the page: its row, its slot, and whether it may have an away notice (without reading the row). */
export type IndexHit = { row: IndexedProfile; meters: number | null; slot: number; mayBeAway: boolean };
export type IndexAnswer = { hits: IndexHit[]; total: number; totalExact: boolean };

type Ranked = { slot: number; meters: number; score: number };

/** Who every filter but distance admits: the profiles in each of `sets`, and `extra` (names like the phrase the other filters admit). */
type Admission = { sets: Bitset[]; extra: Iterable<number> };

const nobody = new Bitset(0);

function admission(store: ProfileStore, filter: DirectoryFilter): Admission {
  const seen = filter.visibilities.includes('members') ? store.memberSlots : store.publicSlots;
  const asked = [
    ['profession', filter.profession],
    ['specialty', filter.specialty],
    ['modality', filter.modality],
    ['referrals', filter.acceptingReferrals === undefined ? undefined : String(filter.acceptingReferrals)],
  ] as const;
  const used: Bitset[] = [];
  for (const [facet, value] of asked) {
    if (value === undefined) continue;
    const found = store.facet(facet, value);
    if (!found) return { sets: [nobody], extra: [] };
    used.push(found);
  }
  const text = filter.text;
  if (!text) return { sets: [seen, ...used], extra: [] };
  const [only, ...others] = text.words.length === 1 ? text.words[0]! : [];
  if (only === undefined || others.length > 0) return { sets: [seen, ...used, textMatches(store, text)], extra: [] };
  // One word in one spelling: its matches are one shared set, intersected as is; the names like the
  // phrase are added back where every other filter admits them.
  const extra = store.trigrams
    .similarTo(text.phrase)
    .filter((slot) => seen.has(slot) && used.every((facet) => facet.has(slot)));
  return { sets: [seen, ...used, store.text.withPrefix(only, store.capacity)], extra };
}

/** The admitted profiles as one set, built whole (a search that counts or lists them all). */
function admittedSetOf(store: ProfileStore, { sets, extra }: Admission): Bitset {
  const words = store.words;
  const set = store.scratch(0).copyFrom(sets[0]!, words);
  for (const other of sets.slice(1)) set.intersect(other, words);
  for (const slot of extra) set.add(slot);
  return set;
}

/** The same, worked out only where a search near a place reads it. */
function admittedNear(store: ProfileStore, { sets, extra }: Admission): SlotSet {
  return store.nearAdmitted.reset(sets, extra, store.capacity);
}

/** Every word as a word prefix in one of its spellings, or a name like the phrase as typed. */
function textMatches(store: ProfileStore, text: NonNullable<DirectoryFilter['text']>) {
  const words = store.words;
  const matched = store.scratch(1).clear(words);
  const word = store.scratch(2);
  for (const [at, spellings] of text.words.entries()) {
    const into = at === 0 ? matched : word.clear(words);
    for (const spelling of spellings) into.union(store.text.withPrefix(spelling, store.capacity), words);
    if (at > 0) matched.intersect(word, words);
  }
  for (const slot of store.trigrams.similarTo(text.phrase)) matched.add(slot);
  return matched;
}

/** The running top list: at most `size` entries, best first by `compare`. */
function keepTop<T>(size: number, compare: (a: T, b: T) => number) {
  const items: T[] = [];
  return {
    items,
    full: () => items.length >= size,
    worst: () => items[items.length - 1],
    /** False when the item does not enter the list. */
    offer(item: T) {
      if (items.length >= size && compare(item, items[items.length - 1]!) >= 0) return false;
      let [low, high] = [0, items.length];
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (compare(items[middle]!, item) <= 0) low = middle + 1;
        else high = middle;
      }
      items.splice(low, 0, item);
      if (items.length > size) items.pop();
      return true;
    },
  };
}

export function searchIndex(store: ProfileStore, filter: DirectoryFilter): IndexAnswer {
  const admitted = admission(store, filter);
  const wanted = filter.offset + filter.limit;
  const byName = (a: number, b: number) => store.names.compare(a, b);
  const answer = (ranked: Ranked[], total: number, totalExact: boolean): IndexAnswer => ({
    hits: ranked.slice(filter.offset, wanted).map(({ slot, meters }) => ({
      row: store.rows[slot]!,
      meters: filter.near ? meters : null,
      slot,
      mayBeAway: store.awaySoon.has(slot),
    })),
    total,
    totalExact,
  });

  if (filter.near) return nearSearch(store, filter, admittedNear(store, admitted), wanted, answer);

  const admittedSet = admittedSetOf(store, admitted);

  const total = admittedSet.count(store.words);
  if (filter.sort === 'relevance' && filter.text) {
    // Names sharing a trigram with the phrase, best first; then the rest (score exactly 0) by name.
    const ranking = store.trigrams.ranking(filter.text.ranked, byName);
    const ranked: Ranked[] = [];
    for (let at = 0; at < ranking.slots.length && ranked.length < wanted; at++) {
      const slot = ranking.slots[at]!;
      if (admittedSet.has(slot)) ranked.push({ slot, meters: 0, score: ranking.scores[at]! });
    }
    for (const slot of store.names.slots) {
      if (ranked.length >= wanted) break;
      if (admittedSet.has(slot) && !ranking.scoreOf.has(slot)) ranked.push({ slot, meters: 0, score: 0 });
    }
    return answer(ranked, total, true);
  }
  const ranked: Ranked[] = [];
  for (const slot of store.names.slots) {
    if (ranked.length >= wanted) break;
    if (admittedSet.has(slot)) ranked.push({ slot, meters: 0, score: 0 });
  }
  return answer(ranked, total, true);
}

function nearSearch(
  store: ProfileStore,
  filter: DirectoryFilter,
  admittedSet: SlotSet,
  wanted: number,
  answer: (ranked: Ranked[], total: number, totalExact: boolean) => IndexAnswer,
): IndexAnswer {
  const near = filter.near!;
  const origin = originPoint(near.lat, near.lng);
  const half = metersToChord(near.meters);
  const [lowX, highX, lowY, highY, lowZ, highZ] = [
    origin.x - half,
    origin.x + half,
    origin.y - half,
    origin.y + half,
    origin.z - half,
    origin.z + half,
  ];
  const byName = (a: number, b: number) => store.names.compare(a, b);
  const byDistance = (a: Ranked, b: Ranked) => a.meters - b.meters || byName(a.slot, b.slot);
  const relevance = filter.sort === 'relevance' && filter.text;
  // Relevance and deep pages need every match; the nearest page alone can stop early.
  const top = !relevance && wanted <= runningTopLimit ? keepTop<Ranked>(wanted, byDistance) : null;
  const all: Ranked[] = [];
  // earth_box(origin, radius) @> point, then earth_distance(origin, point) <= radius: the metres, or -1 outside.
  const measure = (x: number, y: number, z: number) => {
    if (x < lowX || x > highX || y < lowY || y > highY || z < lowZ || z > highZ) return -1;
    const meters = chordToMeters(chord(origin, x, y, z));
    return meters > near.meters ? -1 : meters;
  };
  let count = 0;
  let settled = false;
  for (const cell of store.geo.around(near.lat, near.lng, near.meters)) {
    const worst = top?.worst();
    if (top !== null && top.full() && worst !== undefined && worst.meters < cell.nearestMeters) {
      // Nothing nearer can reach the page: what is left is only counted, row by row.
      settled = true;
      break;
    }
    // A cell, or a place, where the filters admit no one needs no measuring (a popcount of its runs).
    if (store.geo.countIn(cell, admittedSet) === 0) continue;
    // Its places read from the row's flat arrays; a place's object only where someone admitted is inside.
    const { flat, at: index } = cell;
    const from = flat.start[index]!;
    for (let place = from; place < flat.start[index + 1]!; place++) {
      const run = flat.run[place]!;
      if (run >= 0 && admittedSet.countRange(run, run + flat.size[place]!) === 0) continue;
      const meters = measure(flat.x[place]!, flat.y[place]!, flat.z[place]!);
      if (meters < 0) continue;
      const point = cell.points[place - from]!;
      if (!top) {
        for (const slot of point.slots) if (admittedSet.has(slot)) all.push({ slot, meters, score: 0 });
        continue;
      }
      // In name order: once one name here misses the page, every later one does too; they only count.
      const slots = store.geo.inNameOrder(point);
      let at = 0;
      for (let entering = !top.full() || meters <= top.worst()!.meters; entering && at < slots.length; at++) {
        const slot = slots[at]!;
        if (!admittedSet.has(slot)) continue;
        count++;
        entering = top.offer({ slot, meters, score: 0 });
      }
      if (point.run >= 0) count += admittedSet.countRange(point.run + at, point.run + slots.length);
      else for (; at < slots.length; at++) if (admittedSet.has(slots[at]!)) count++;
    }
  }
  if (top && settled) {
    // The whole radius counted afresh (the cells walked so far included), up to the cap.
    const within = store.geo.countWithin(
      near.lat,
      near.lng,
      near.meters,
      admittedSet,
      totalCap,
      (x, y, z) => measure(x, y, z) >= 0,
    );
    return answer(top.items, within.count, within.exact);
  }
  if (top) return answer(top.items, count, true);
  count = all.length;
  if (relevance) {
    const { scoreOf } = store.trigrams.ranking(filter.text!.ranked, byName);
    for (const item of all) item.score = scoreOf.get(item.slot) ?? 0;
    all.sort((a, b) => b.score - a.score || byDistance(a, b));
  } else all.sort(byDistance);
  return answer(all, count, true);
}

export { compareCodePoints };
