// Starting, listing and reading group purchasing pools (docs/growth.md, Group purchasing pools). Every
// method that names a pool starts with the policy; pledges are in pool-pledges.service.ts, the
// close at the deadline and the organizer's cancel in pool-closing.ts.
import type { Pool, PoolCreate, PoolListQuery } from '../../../../contracts/pools.ts';
import type { GeoPoint } from '../../../db/distance.ts';
import { lookupPostalCode, metersPer } from '../../../lib/geo.ts';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../http/actor.ts';
import { invalid } from '../../../http/errors.ts';
import type { NewAccountPostsService } from '../../platform/new-account-posts.service.ts';
import type { ProfilesService } from '../../profiles/profiles.service.ts';
import { poolLive } from './pool-live.ts';
import { orderSheet } from './pool-order-sheet.ts';
import { toPool } from './pools.mapper.ts';
import { poolsPolicy } from './pools.policy.ts';
import { poolsRepository, type PoolRow } from './pools.repository.ts';

export { noSuchPool } from './pools.policy.ts';

export type PoolsDeps = {
  profiles: Pick<ProfilesService, 'memberCards'>;
  newAccountPosts: Pick<NewAccountPostsService, 'allow'>;
};

/** A deadline must leave a pool at least this long to gather pledges. */
const shortestPoolMs = 60 * 60 * 1000;
/** Miles (or km) around `near` when the query names no radius, as for circles. */
const defaultRadius = 25;
const longestPoolMs = 366 * 24 * 60 * 60 * 1000;

/** The pick-up place's columns from a postal code (lib/geo.ts); none given, none stored. */
function placeOf(postalCode: string | undefined) {
  if (postalCode === undefined) return {};
  const place = lookupPostalCode(postalCode);
  if (!place) throw invalid('postalCode', 'is not a postal code we know');
  return { postalCode: place.postalCode, city: place.city, region: place.region, lat: place.lat, lng: place.lng };
}

export function poolsService(context: AppContext, { profiles, newAccountPosts }: PoolsDeps) {
  const repo = poolsRepository(context.db);
  const policy = poolsPolicy(repo);
  const publish = poolLive(context, repo);

  async function present(actor: Actor, rows: PoolRow[], distances: (number | null)[] = []): Promise<Pool[]> {
    const [mine, organizers] = await Promise.all([
      repo.myPledges(
        actor.userId,
        rows.map((row) => row.id),
      ),
      profiles.memberCards(rows.map((row) => row.organizerUserId)),
    ]);
    return rows.map((row, index) => ({
      ...toPool(row, actor.userId, mine.get(row.id), organizers.get(row.organizerUserId)),
      distance: distances[index] ?? null,
    }));
  }

  const get = async (actor: Actor, id: string) =>
    (await present(actor, [await policy.requireAccess(actor, 'pools.read', id)]))[0]!;

  return {
    policy,
    repo,
    present,
    get,
    publish,

    /** Open pools (near a postal code when asked: an unknown one is a 400 naming `near`), or mine. */
    async list(actor: Actor, query: PoolListQuery) {
      if (query.scope === 'mine') return { items: await present(actor, await repo.listMine(actor.userId)) };
      let near: (GeoPoint & { meters: number }) | undefined;
      if (query.near) {
        const place = lookupPostalCode(query.near);
        if (!place) throw invalid('near', `is not a postal code we know ("${query.near}")`);
        near = { lat: place.lat, lng: place.lng, meters: (query.radius ?? defaultRadius) * metersPer[query.unit] };
      }
      const rows = await repo.listOpen(new Date(), near);
      const distances = rows.map((row) =>
        row.meters === null ? null : Math.round((row.meters / metersPer[query.unit]) * 10) / 10,
      );
      return {
        items: await present(
          actor,
          rows.map((row) => row.pool),
          distances,
        ),
      };
    },

    /** The organizer's order sheet: every pledger by name, what they owe, and the totals. */
    async orderSheet(actor: Actor, id: string) {
      const pool = await policy.requireAccess(actor, 'pools.organize', id);
      const pledges = await repo.pledgesOf(context.db, id);
      const cards = await profiles.memberCards(pledges.map((pledge) => pledge.userId));
      const named = pledges.map((pledge) => ({
        name: cards.get(pledge.userId)?.displayName ?? pledge.name,
        quantity: pledge.quantity,
      }));
      return orderSheet(pool, named);
    },

    async create(actor: Actor, input: PoolCreate) {
      const deadline = new Date(input.deadline);
      const ahead = deadline.getTime() - Date.now();
      if (ahead < shortestPoolMs) throw invalid('deadline', 'must be at least an hour from now');
      if (ahead > longestPoolMs) throw invalid('deadline', 'must be within a year');
      await newAccountPosts.allow(actor);
      const row = await repo.insert({
        organizerUserId: actor.userId,
        title: input.title,
        item: input.item,
        supplier: input.supplier,
        description: input.description ?? '',
        ...placeOf(input.postalCode),
        listPrice: input.unitPrice,
        tiers: input.tiers,
        minimumQuantity: input.minimumQuantity,
        deadline,
      });
      return get(actor, row.id);
    },
  };
}
export type PoolsService = ReturnType<typeof poolsService>;
