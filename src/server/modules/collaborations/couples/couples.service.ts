// Couples-massage partners: a member posts that they look for a partner on a date near a postal
// code; others find requests near them (radius in miles by default, like the directory) and reply
// by message, which starts (or reopens) a direct conversation in the messages module.
import type { CouplesCreate, CouplesQuery, CouplesRequest } from '../../../../contracts/collaborations.ts';
import type { MemberActor } from '../../../access/actor.ts';
import type { AppContext } from '../../../context.ts';
import { conflict, invalid } from '../../../http/errors.ts';
import { lookupPostalCode, metersPer } from '../../../lib/geo.ts';
import type { MessagesModuleServices } from '../collaborations.module.ts';
import type { NewAccountPostsService } from '../../platform/new-account-posts.service.ts';
import type { ProfilesService } from '../../profiles/profiles.service.ts';
import { defaultRadius } from '../../directory/directory.service.ts';
import { authoredPolicy, noSuchCouplesRequest } from '../collaborations.policy.ts';
import { couplesRepository, type CouplesRow } from './couples.repository.ts';

export type CouplesDeps = {
  profiles: Pick<ProfilesService, 'memberCards'>;
  messages: MessagesModuleServices;
  newAccountPosts: NewAccountPostsService;
};

const unknownCard = { slug: '', displayName: 'A member', profession: '' };
const today = () => new Date().toISOString().slice(0, 10);

export function couplesService(context: AppContext, deps: CouplesDeps) {
  const repo = couplesRepository(context.db);
  const policy = authoredPolicy(
    noSuchCouplesRequest,
    (_actor, id) => repo.findVisible(id),
    (row) => row.userId,
  );

  async function present(actor: MemberActor, rows: { row: CouplesRow; distance: number | null }[]) {
    const cards = await deps.profiles.memberCards(rows.map(({ row }) => row.userId));
    return rows.map(({ row, distance }): CouplesRequest => ({
      id: row.id,
      member: cards.get(row.userId) ?? unknownCard,
      onDate: row.onDate,
      place: row.place,
      note: row.note,
      mine: row.userId === actor.userId,
      distance: distance === null ? null : Math.round(distance * 10) / 10,
    }));
  }

  return {
    policy,
    repo,

    async create(actor: MemberActor, input: CouplesCreate) {
      const place = lookupPostalCode(input.postalCode);
      if (!place) throw invalid('postalCode', `unknown postal code "${input.postalCode}"`);
      if (input.onDate < today()) throw invalid('onDate', 'is in the past');
      await deps.newAccountPosts.allow(actor);
      const row = await repo.insert({
        userId: actor.userId,
        onDate: input.onDate,
        postalCode: place.postalCode,
        place: `${place.city}, ${place.region}`,
        lat: place.lat,
        lng: place.lng,
        note: input.note,
      });
      return (await present(actor, [{ row, distance: null }]))[0]!;
    },

    async search(actor: MemberActor, query: CouplesQuery) {
      let near: { lat: number; lng: number; meters: number } | undefined;
      if (query.near) {
        const place = lookupPostalCode(query.near);
        if (!place) throw invalid('near', `unknown postal code "${query.near}"`);
        near = { lat: place.lat, lng: place.lng, meters: (query.radius ?? defaultRadius) * metersPer[query.unit] };
      }
      const rows = await repo.search({ today: today(), date: query.date, near });
      return present(
        actor,
        rows.map(({ row, meters }) => ({
          row,
          distance: meters === null ? null : Number(meters) / metersPer[query.unit],
        })),
      );
    },

    async get(actor: MemberActor, id: string) {
      const row = await policy.requireAccess(actor, 'read', id);
      return (await present(actor, [{ row, distance: null }]))[0]!;
    },

    /** Replies to the request's author by direct message; answers the conversation's id. */
    async reply(actor: MemberActor, id: string, message: string) {
      const row = await policy.requireAccess(actor, 'read', id);
      if (row.userId === actor.userId) throw conflict('This is your own request', 'own_request');
      const author = (await deps.profiles.memberCards([row.userId])).get(row.userId);
      if (!author) throw conflict('This member can no longer be messaged', 'no_profile');
      const { conversation } = await deps.messages.conversations.create(actor, { memberSlugs: [author.slug] });
      await deps.messages.messages.send(actor, conversation.id, { body: message });
      return { conversationId: conversation.id };
    },
  };
}
export type CouplesService = ReturnType<typeof couplesService>;
