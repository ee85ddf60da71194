// Every profile the directory may show, held in this process: each in a numbered slot, with the sets
// its filters intersect (who may see it, profession, specialty, modality, referrals), its place on
// the grid (its point on the earth is shared with the profiles at the same place), its words, its name's
// trigrams and its place in the name order. Profiles that cannot be listed (hidden, no place, no
// name) keep only their words, since the typo vocabulary counts every profile's words.
import type { IndexedProfile } from '../directory-index.repository.ts';
import { Bitset, LazyIntersection } from './bitset.ts';
import { cellKeyOf, GeoCells } from './geo-cells.ts';
import { compareCodePoints, NameOrder, type NameKey } from './name-order.ts';
import { NameTrigrams } from './name-trigrams.ts';
import { TextIndex } from './text-index.ts';
import type { TrigramRules } from '../trigram.ts';

export type Facet = 'profession' | 'specialty' | 'modality' | 'referrals';
const facetKey = (facet: Facet, value: string) => `${facet}:${value}`;

export class ProfileStore {
  readonly rows: (IndexedProfile | undefined)[] = [];
  readonly nameKeys: NameKey[] = [];
  /** Listed profiles anyone may see, and those a signed-in member may see. */
  readonly publicSlots = new Bitset();
  readonly memberSlots = new Bitset();
  /** Profiles with an away period not over (IndexedProfile.awaySoon), readable without their rows. */
  readonly awaySoon = new Bitset();
  readonly text = new TextIndex();
  readonly names = new NameOrder((slot) => this.nameKeys[slot]!);
  readonly geo = new GeoCells(this.names.compare);
  readonly trigrams: NameTrigrams;
  private facets = new Map<string, Bitset>();
  private scratches: Bitset[] = [];
  /** The admitted profiles of a search near a place, worked out as it reads them (reused like the scratches). */
  readonly nearAdmitted = new LazyIntersection();
  private slotById = new Map<string, number>();
  private freeSlots: number[] = [];
  private loading = false;

  constructor(rules: TrigramRules) {
    this.trigrams = new NameTrigrams(rules);
  }

  /** Slots in use are below this. */
  get capacity() {
    return this.rows.length;
  }

  /** Words the bitsets need for every slot in use. */
  get words() {
    return Math.ceil(this.rows.length / 32);
  }

  get size() {
    return this.slotById.size;
  }

  /**
   * A bitset a search may overwrite (searches run one at a time, start to end without waiting):
   * reusing them spares the collector the dozens of kilobytes each search would otherwise drop.
   */
  scratch(which: number): Bitset {
    const set = (this.scratches[which] ??= new Bitset(this.capacity));
    set.ensure(this.capacity);
    return set;
  }

  facet(facet: Facet, value: string): Bitset | undefined {
    return this.facets.get(facetKey(facet, value));
  }

  /**
   * The order a load should put these rows in: listed profiles cell by cell and place by place, so a
   * cell's profiles get consecutive slots and a search counts them a word at a time (GeoCells.countIn);
   * the others after them.
   */
  static placeOrder(rows: IndexedProfile[]) {
    const keyed = rows.map((row) => ({
      row,
      key: isListed(row) ? cellKeyOf(row.lat, row.lng) : Infinity,
      name: row.displayName.toLowerCase(),
    }));
    // Within a place, about the name order (the database's lower() may differ in rare letters: a
    // point whose names come out of order is sorted on its first search and counted slot by slot).
    keyed.sort(
      (a, b) =>
        (a.key === b.key ? 0 : a.key < b.key ? -1 : 1) ||
        (a.row.lat ?? 0) - (b.row.lat ?? 0) ||
        (a.row.lng ?? 0) - (b.row.lng ?? 0) ||
        compareCodePoints(a.name, b.name) ||
        compareCodePoints(a.row.slug, b.row.slug),
    );
    return keyed.map(({ row }) => row);
  }

  /** Loads many profiles at once (the first load, a full reload): orders are built once at the end. */
  load(rows: IndexedProfile[]) {
    this.loadBatch(rows);
    this.finishLoading();
  }

  /** Part of a load in batches (the event loop may run between them): then finishLoading(). */
  loadBatch(rows: IndexedProfile[]) {
    if (!this.loading) this.text.deferSorting();
    this.loading = true;
    for (const row of rows) this.put(row);
  }

  finishLoading() {
    this.loading = false;
    this.names.reset(this.rows.flatMap((row, slot) => (row && this.isListed(row) ? [slot] : [])));
    // What searches would otherwise work out on first use (each place's name order, each cell's runs).
    this.geo.prepare();
  }

  /** Adds or replaces a profile. An edit that keeps the name and the words keeps what was derived from them (and the rankings and matches remembered for them). */
  put(row: IndexedProfile) {
    const existing = this.slotById.get(row.id);
    if (existing === undefined) {
      const slot = this.freeSlots.pop() ?? this.rows.length;
      this.slotById.set(row.id, slot);
      this.rows[slot] = row;
      this.awaySoon.set(slot, row.awaySoon);
      this.text.add(slot, row.searchText);
      if (this.isListed(row)) {
        this.attachPlace(slot, row);
        this.attachName(slot, row);
      }
      return;
    }
    const old = this.rows[existing]!;
    if (old.searchText !== row.searchText) {
      this.text.remove(existing, old.searchText);
      this.text.add(existing, row.searchText);
    }
    const sameName =
      this.isListed(old) && this.isListed(row) && old.displayName === row.displayName && old.slug === row.slug;
    if (this.isListed(old)) {
      this.detachPlace(existing, old);
      if (!sameName) this.detachName(existing);
    }
    this.rows[existing] = row;
    this.awaySoon.set(existing, row.awaySoon);
    if (this.isListed(row)) {
      this.attachPlace(existing, row);
      if (!sameName) this.attachName(existing, row);
    }
  }

  delete(id: string) {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    const row = this.rows[slot]!;
    this.text.remove(slot, row.searchText);
    if (this.isListed(row)) {
      this.detachPlace(slot, row);
      this.detachName(slot);
    }
    this.rows[slot] = undefined;
    this.awaySoon.delete(slot);
    this.slotById.delete(id);
    this.freeSlots.push(slot);
  }

  /** Every profile id held (a full reload removes the ones the database no longer has). */
  ids() {
    return [...this.slotById.keys()];
  }

  isListed(row: IndexedProfile): row is Listed {
    return isListed(row);
  }

  private attachPlace(slot: number, row: Listed) {
    this.geo.add(slot, row.lat, row.lng);
    this.publicSlots.set(slot, row.visibility === 'public');
    this.memberSlots.add(slot);
    this.facetSet('profession', row.profession).add(slot);
    for (const key of row.specialties) this.facetSet('specialty', key).add(slot);
    for (const key of row.modalities) this.facetSet('modality', key).add(slot);
    this.facetSet('referrals', String(row.acceptingReferrals)).add(slot);
  }

  private detachPlace(slot: number, row: Listed) {
    this.geo.remove(slot, row.lat, row.lng);
    this.publicSlots.delete(slot);
    this.memberSlots.delete(slot);
    this.facetSet('profession', row.profession).delete(slot);
    for (const key of row.specialties) this.facetSet('specialty', key).delete(slot);
    for (const key of row.modalities) this.facetSet('modality', key).delete(slot);
    this.facetSet('referrals', String(row.acceptingReferrals)).delete(slot);
  }

  private attachName(slot: number, row: IndexedProfile) {
    this.nameKeys[slot] = { name: this.trigrams.add(slot, row.displayName), slug: row.slug };
    if (!this.loading) this.names.insert(slot);
  }

  /** Call while the slot still has its old name key (the name order finds it by that). */
  private detachName(slot: number) {
    this.names.remove(slot);
    this.trigrams.remove(slot);
  }

  private facetSet(facet: Facet, value: string) {
    const key = facetKey(facet, value);
    let set = this.facets.get(key);
    if (!set) this.facets.set(key, (set = new Bitset()));
    return set;
  }
}

type Listed = IndexedProfile & { lat: number; lng: number };
function isListed(row: IndexedProfile): row is Listed {
  return (
    row.lat !== null &&
    row.lng !== null &&
    row.displayName !== '' &&
    (row.visibility === 'public' || row.visibility === 'members')
  );
}
