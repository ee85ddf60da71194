// A member's saved searches: save one (instant or daily email alerts), list, delete. A search named
// by id is its owner's alone; anyone else gets the 404 a missing one gets. The unsubscribe link in
// every alert carries a key derived from the search id with the app's secret, so following it
// needs no sign-in and nothing extra is stored.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SavedSearch, SavedSearchCreate } from '../../../contracts/opportunities.ts';
import { definePolicy, ownedBy } from '../../access/access.ts';
import type { MemberActor } from '../../access/actor.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict } from '../../http/errors.ts';
import { metersPer } from '../../lib/geo.ts';
import { defaultRadius, locate, wordsOf } from './opportunities.service.ts';
import { savedSearchesRepository, type SavedSearchRow } from './saved-searches.repository.ts';

export const savedSearchNotFound = 'No such saved search';
const maxSearches = 20;

const toSavedSearch = (row: SavedSearchRow): SavedSearch => ({
  id: row.id,
  near: row.near,
  radius: row.radius,
  unit: row.unit as SavedSearch['unit'],
  kind: row.kind as SavedSearch['kind'],
  q: row.q,
  remote: row.remote,
  frequency: row.frequency as SavedSearch['frequency'],
  createdAt: new Date(row.createdAt).toISOString(),
});

/** The key of a saved search's unsubscribe link. */
export const unsubscribeKey = (secret: string, id: string) =>
  createHmac('sha256', secret).update(`opportunity-alerts:${id}`).digest('base64url');

export function savedSearchesService(context: AppContext) {
  const repo = savedSearchesRepository(context.db);
  const policy = definePolicy<'opportunities.saved-search', MemberActor, SavedSearchRow>({
    notFoundMessage: savedSearchNotFound,
    load: (_actor, id) => repo.findById(id),
    rules: { 'opportunities.saved-search': ownedBy((row) => row.userId) },
  });

  return {
    async create(actor: Actor, input: SavedSearchCreate): Promise<SavedSearch> {
      const located = locate(input.near, 'near');
      if ((await repo.countByUser(actor.userId)) >= maxSearches)
        throw conflict(`You can keep at most ${maxSearches} saved searches; delete one first`, 'too_many');
      const words = wordsOf(input.q);
      const radius = located.lat === null ? null : (input.radius ?? defaultRadius);
      const row = await repo.insert({
        userId: actor.userId,
        near: located.postalCode,
        lat: located.lat,
        lng: located.lng,
        radius,
        radiusMeters: radius === null ? null : radius * metersPer[input.unit],
        unit: input.unit,
        kind: input.kind ?? null,
        q: words.length ? words.join(' ') : null,
        remote: input.remote,
        frequency: input.frequency,
      });
      return toSavedSearch(row);
    },

    list: async (actor: Actor) => ({ items: (await repo.findByUser(actor.userId)).map(toSavedSearch) }),

    async remove(actor: Actor, id: string): Promise<void> {
      await policy.requireAccess(actor, 'opportunities.saved-search', id);
      await repo.remove(id);
    },

    /** Whether the link's key is this search's (and the search still exists). */
    async unsubscribable(id: string, key: string): Promise<boolean> {
      const expected = Buffer.from(unsubscribeKey(context.config.authSecret, id));
      const given = Buffer.from(key);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
      return (await repo.findById(id)) !== null;
    },

    /** Following an alert's unsubscribe link: the saved search is deleted (a valid key is the proof). */
    async unsubscribe(id: string, key: string): Promise<boolean> {
      if (!(await this.unsubscribable(id, key))) return false;
      await repo.remove(id);
      return true;
    },
  };
}
export type SavedSearchesService = ReturnType<typeof savedSearchesService>;
