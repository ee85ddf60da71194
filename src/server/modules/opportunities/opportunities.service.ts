// The board: post (past the new-account limit), edit, close and delete your own posts; read and
// search what is listed; reply by message. Every method that names a post starts with the policy's
// one check (opportunities.policy.ts). A post's details are checked against its kind's schema on
// every write, so the stored JSON is always one the contract accepts.
import { z } from 'zod';
import {
  opportunityDetailsSchemas,
  type Opportunity,
  type OpportunityCreate,
  type OpportunityKind,
  type OpportunityList,
  type OpportunityQuery,
  type OpportunityUpdate,
} from '../../../contracts/opportunities.ts';
import type { MemberCard } from '../../../contracts/member-card.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, invalid } from '../../http/errors.ts';
import { lookupPostalCode, metersPer } from '../../lib/geo.ts';
import type { CoverServices } from '../cover/cover.module.ts';
import type { ConversationsService } from '../messages/conversations.service.ts';
import type { messagesService } from '../messages/messages.service.ts';
import type { NewAccountPostsService } from '../platform/new-account-posts.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { boardToday, latestExpiry } from './board-days.ts';
import { toOpportunity } from './opportunities.mapper.ts';
import { isListed, opportunitiesPolicy } from './opportunities.policy.ts';
import {
  opportunitiesRepository,
  searchText,
  type OpportunityInsert,
  type OpportunityRow,
} from './opportunities.repository.ts';

export const defaultRadius = 25;
const maxWords = 8;

export type OpportunitiesDeps = {
  profiles: Pick<ProfilesService, 'memberCards'>;
  newAccountPosts: Pick<NewAccountPostsService, 'allow'>;
  away: Pick<CoverServices['away'], 'list'>;
  conversations: Pick<ConversationsService, 'create'>;
  messages: Pick<ReturnType<typeof messagesService>, 'send'>;
};

type Located = Pick<OpportunityInsert, 'postalCode' | 'place' | 'lat' | 'lng'>;

/** The postal code's place and point; an unknown code is the caller's mistake, named. */
export function locate(postalCode: string | null | undefined, field = 'postalCode'): Located {
  if (!postalCode) return { postalCode: null, place: null, lat: null, lng: null };
  const place = lookupPostalCode(postalCode);
  if (!place) throw invalid(field, `unknown postal code "${postalCode}"`);
  return {
    postalCode: place.postalCode,
    place: `${place.city}, ${place.region}`,
    lat: place.lat,
    lng: place.lng,
  };
}

/** The kind's details, checked; a problem names its field under `details`. */
function checkedDetails(kind: OpportunityKind, details: unknown) {
  const parsed = (opportunityDetailsSchemas[kind] as z.ZodType<Record<string, unknown>>).safeParse(details);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw invalid(['details', ...issue.path.map(String)].join('.'), issue.message);
}

export const wordsOf = (q: string | undefined) =>
  (q ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, maxWords);

export function opportunitiesService(context: AppContext, deps: OpportunitiesDeps) {
  const repo = opportunitiesRepository(context.db);
  const policy = opportunitiesPolicy(repo);

  // The author as this viewer may see them: the public sees only public profiles.
  async function cardsOf(rows: OpportunityRow[], viewer: 'public' | 'member' = 'member') {
    const faces = await deps.profiles.memberCards(
      rows.map((row) => row.authorUserId),
      viewer,
    );
    return (userId: string): MemberCard | null => {
      const face = faces.get(userId);
      return face ? { slug: face.slug, displayName: face.displayName, profession: face.profession } : null;
    };
  }
  async function present(actor: Actor, row: OpportunityRow): Promise<Opportunity> {
    return toOpportunity(row, (await cardsOf([row]))(row.authorUserId), actor.userId);
  }

  /** The rules on dates, pay and the cover link, shared by a new post and an edit (`merged` is the post after it). */
  async function checkPost(
    actor: Actor,
    merged: Pick<OpportunityCreate, 'kind' | 'expiresOn' | 'pay'>,
    details: Record<string, unknown>,
  ) {
    if (merged.expiresOn < boardToday()) throw invalid('expiresOn', 'is in the past');
    if (merged.expiresOn > latestExpiry()) throw invalid('expiresOn', 'must be within a year');
    if (merged.kind === 'room' && merged.pay)
      throw invalid('pay', "is for paid work; a room's price goes in details.priceCents");
    if (merged.kind === 'cover-shift' && typeof details.awayId === 'string') {
      const mine = (await deps.away.list(actor)).mine;
      const period = mine.find((each) => each.id === details.awayId);
      if (!period || period.state === 'over')
        throw invalid('details.awayId', 'must be one of your away periods that is not over');
    }
  }

  return {
    policy,

    async create(actor: Actor, input: OpportunityCreate): Promise<Opportunity> {
      const located = locate(input.postalCode);
      const details = checkedDetails(input.kind, input.details);
      await checkPost(actor, input, details);
      // Counted only for a post that would be written: a refused one costs no allowance.
      await deps.newAccountPosts.allow(actor);
      const row = await repo.insert({
        authorUserId: actor.userId,
        kind: input.kind,
        title: input.title,
        description: input.description,
        searchText: searchText(input.title, input.description),
        ...located,
        remote: input.remote,
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        expiresOn: input.expiresOn,
        pay: input.pay ?? null,
        details,
      });
      return present(actor, row);
    },

    async get(actor: Actor, id: string): Promise<Opportunity> {
      return present(actor, await policy.requireAccess(actor, 'opportunities.read', id));
    },

    async update(actor: Actor, id: string, patch: OpportunityUpdate): Promise<Opportunity> {
      const row = await policy.requireAccess(actor, 'opportunities.write', id);
      if (row.status !== 'open') throw conflict('Only an open post can be edited', 'not_open');
      const kind = row.kind as OpportunityKind;
      const details = patch.details === undefined ? row.details : checkedDetails(kind, patch.details);
      const title = patch.title ?? row.title;
      const description = patch.description ?? row.description;
      const located = patch.postalCode === undefined ? {} : locate(patch.postalCode);
      const merged = {
        remote: patch.remote ?? row.remote,
        postalCode: patch.postalCode === undefined ? row.postalCode : patch.postalCode,
        startsOn: patch.startsOn === undefined ? row.startsOn : patch.startsOn,
        endsOn: patch.endsOn === undefined ? row.endsOn : patch.endsOn,
        expiresOn: patch.expiresOn ?? row.expiresOn,
        pay: patch.pay === undefined ? (row.pay as OpportunityCreate['pay']) : (patch.pay ?? undefined),
      };
      if (!merged.postalCode && !merged.remote) throw invalid('postalCode', 'is needed unless the post is remote');
      if (merged.startsOn && merged.endsOn && merged.endsOn < merged.startsOn)
        throw invalid('endsOn', 'must be on or after the start date');
      if (patch.expiresOn !== undefined || patch.pay !== undefined || patch.details !== undefined)
        await checkPost(actor, { kind, expiresOn: merged.expiresOn, pay: merged.pay }, details);
      const updated = await repo.update(id, {
        title,
        description,
        searchText: searchText(title, description),
        ...located,
        remote: merged.remote,
        startsOn: merged.startsOn,
        endsOn: merged.endsOn,
        expiresOn: merged.expiresOn,
        pay: merged.pay ?? null,
        details,
      });
      return present(actor, updated ?? row);
    },

    async close(actor: Actor, id: string): Promise<Opportunity> {
      await policy.requireAccess(actor, 'opportunities.write', id);
      const closed = await repo.close(id);
      if (!closed) throw conflict('The post is already closed', 'not_open');
      return present(actor, closed);
    },

    async remove(actor: Actor, id: string): Promise<void> {
      await policy.requireAccess(actor, 'opportunities.write', id);
      await repo.remove(id);
    },

    async mine(actor: Actor): Promise<{ items: Opportunity[] }> {
      const rows = await repo.findByAuthor(actor.userId);
      const card = await cardsOf(rows.slice(0, 1));
      return { items: rows.map((row) => toOpportunity(row, card(row.authorUserId), actor.userId)) };
    },

    /** Listed posts only (open, not hidden, not expired), for a member or (viewer null) the public page. */
    async search(viewer: Actor | null, query: OpportunityQuery): Promise<OpportunityList> {
      const place = query.near ? lookupPostalCode(query.near) : null;
      if (query.near && !place) throw invalid('near', `unknown postal code "${query.near}"`);
      const near = place
        ? { lat: place.lat, lng: place.lng, meters: (query.radius ?? defaultRadius) * metersPer[query.unit] }
        : undefined;
      const found = await repo.search({
        near,
        kind: query.kind,
        words: wordsOf(query.q),
        remote: query.remote ?? false,
        today: boardToday(),
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      const page = found.slice(0, query.pageSize);
      const card = await cardsOf(
        page.map((each) => each.row),
        viewer ? 'member' : 'public',
      );
      return {
        items: page.map(({ row, meters }) =>
          toOpportunity(row, card(row.authorUserId), viewer?.userId ?? null, { meters, unit: query.unit }),
        ),
        page: query.page,
        pageSize: query.pageSize,
        hasMore: found.length > query.pageSize,
        unit: query.unit,
        origin: place ? { label: `${place.city}, ${place.region} ${place.postalCode}` } : null,
      };
    },

    /** A listed post for the public page; null for anything else (closed, archived, expired, hidden, missing). */
    async findListed(id: string): Promise<Opportunity | null> {
      const row = await repo.findById(id);
      if (!row || !isListed(row)) return null;
      return toOpportunity(row, (await cardsOf([row], 'public'))(row.authorUserId), null);
    },

    /** Starts (or reopens) the direct conversation with the post's author and sends the reply in it. */
    async reply(actor: Actor, id: string, body: string): Promise<{ conversationId: string }> {
      const row = await policy.requireAccess(actor, 'opportunities.reply', id);
      if (row.authorUserId === actor.userId) throw invalid('id', 'is your own post; replies go to its author');
      const author = (await cardsOf([row]))(row.authorUserId);
      if (!author) throw conflict('The author can no longer be reached', 'author_unreachable');
      const { conversation } = await deps.conversations.create(actor, { memberSlugs: [author.slug] });
      await deps.messages.send(actor, conversation.id, { body: `Re: ${row.title}\n\n${body}` });
      return { conversationId: conversation.id };
    },
  };
}
export type OpportunitiesService = ReturnType<typeof opportunitiesService>;
