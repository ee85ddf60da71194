// The rules of circles themselves: starting one (the caller becomes its organizer, and may invite
// people at once), finding them (near a postal code, online, by kind, topic and words: secret ones
// only by their members and invitees), reading one, and what later parts of circles ask —
// memberRole and activeMemberIds. Membership moves live in circle-membership.service.ts,
// invitations in circle-invitations.service.ts.
import { randomBytes } from 'node:crypto';
import type { Circle, CircleCreate, CircleList, CircleQuery, CircleRole } from '../../../contracts/circles.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, invalid } from '../../http/errors.ts';
import { lookupPostalCode, metersPer } from '../../lib/geo.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import type { CircleInviteDelivery } from './circle-invite-delivery.ts';
import { homeTownOf } from './circle-place.ts';
import { circleMembersRepository } from './circle-members.repository.ts';
import { toCircle, toCircleSummary } from './circles.mapper.ts';
import type { CircleActor, CirclesPolicy } from './circles.policy.ts';
import { circlesRepository, type CircleFilter } from './circles.repository.ts';

export { noSuchCircle } from './circles.policy.ts';

export const defaultRadius = 25;
// Words that are routes under /api/circles and /circles, never a circle's address.
const reservedSlugs = new Set(['invitations', 'join']);
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "Boston Study Group!" → "boston-study-group": the circle's address in links and on /circles. */
export const slugOf = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '') || 'circle';

export const topicsOf = (topics: string[] | undefined) => [
  ...new Set((topics ?? []).map((topic) => topic.toLowerCase().replace(/\s+/g, ' '))),
];

export type CirclesDeps = {
  policy: CirclesPolicy;
  profiles: Pick<ProfilesService, 'getOwn'>;
  notifications: Pick<NotificationsService, 'transaction'>;
  delivery: CircleInviteDelivery;
};

export function circlesService(context: AppContext, deps: CirclesDeps) {
  const repo = circlesRepository(context.db);
  const members = circleMembersRepository(context.db);
  const { policy } = deps;

  async function uniqueSlug(name: string) {
    const base = slugOf(name);
    if (!reservedSlugs.has(base) && !(await repo.slugTaken(base))) return base;
    return `${base}-${randomBytes(3).toString('hex')}`;
  }

  /** The filter a query means for this viewer (an unknown postal code is a 400 naming `near`). */
  function filterOf(viewer: Pick<Actor, 'userId'> | null, query: CircleQuery) {
    let origin: CircleList['origin'] = null;
    let near: CircleFilter['near'];
    if (query.near) {
      const place = lookupPostalCode(query.near);
      if (!place) throw invalid('near', `is not a postal code we know ("${query.near}")`);
      origin = { lat: place.lat, lng: place.lng, label: `${place.city}, ${place.region} ${place.postalCode}` };
      near = { lat: place.lat, lng: place.lng, meters: (query.radius ?? defaultRadius) * metersPer[query.unit] };
    }
    if (query.mine && !viewer) throw new AppError('unauthenticated', 'Sign in to see your circles');
    const filter: CircleFilter = {
      viewerUserId: viewer?.userId ?? null,
      kind: query.kind,
      topic: query.topic?.toLowerCase(),
      online: query.online,
      words: query.q || undefined,
      near,
      mine: query.mine,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    };
    return { filter, origin };
  }

  return {
    policy,

    /** Starts a circle: the caller is its organizer and first member; invitations go out after the commit. */
    async create(
      actor: Actor,
      input: CircleCreate,
    ): Promise<Circle & { invited: { members: number; emails: number } }> {
      const town = homeTownOf(input.postalCode ?? null);
      // Everything that can refuse the request is checked before anything is written.
      const invite = await deps.delivery.prepare(actor, input.invite ?? {}, 'invite');
      await deps.profiles.getOwn(actor); // members see their organizer by their profile
      const slug = await uniqueSlug(input.name);
      const { circle, membership, mails } = await deps.notifications.transaction(async (tx, notices) => {
        const circle = await repo.insert(tx, {
          slug,
          name: input.name,
          kind: input.kind,
          description: input.description ?? '',
          rules: input.rules ?? '',
          topics: topicsOf(input.topics),
          visibility: input.visibility,
          ...town,
          online: input.online,
          memberCap: input.memberCap ?? null,
          memberCount: 1,
          createdByUserId: actor.userId,
        });
        const membership = (await members.upsert(
          tx,
          { circleId: circle.id, userId: actor.userId, status: 'active', role: 'organizer' },
          [],
        ))!;
        const mails = await deps.delivery.write(tx, notices, actor, circle.id, invite);
        return { circle, membership, mails };
      });
      await deps.delivery.mail(actor, mails);
      return { ...toCircle(circle, membership), invited: { members: invite.userIds.length, emails: mails.length } };
    },

    async search(viewer: Actor | null, query: CircleQuery): Promise<CircleList> {
      const { filter, origin } = filterOf(viewer, query);
      const [rows, total] = await Promise.all([repo.findPage(filter), repo.count(filter)]);
      const ids = rows.map((row) => row.circle.id);
      const mine = await members.membershipsOf(viewer?.userId ?? null, ids);
      return {
        items: rows.map((row) =>
          toCircleSummary(row.circle, mine.get(row.circle.id) ?? null, { meters: row.meters, unit: query.unit }),
        ),
        total,
        page: query.page,
        pageSize: query.pageSize,
        unit: query.unit,
        origin,
      };
    },

    /** One circle by id or slug, as the caller may see it. */
    async get(actor: CircleActor, idOrSlug: string): Promise<Circle> {
      const { circle, membership } = await policy.requireAccess(actor, 'circles.see', idOrSlug);
      return toCircle(circle, membership);
    },

    /** The person's role in the circle while they are an active member; null otherwise (never joined, left, removed, banned). */
    async memberRole(userId: string, circleId: string): Promise<CircleRole | null> {
      if (!uuidPattern.test(circleId)) return null;
      const row = await members.findByUser(circleId, userId);
      return row?.status === 'active' ? (row.role as CircleRole) : null;
    },

    /** The user ids of a circle's active members, longest-standing first. */
    activeMemberIds: (circleId: string): Promise<string[]> =>
      uuidPattern.test(circleId) ? members.activeUserIds(circleId) : Promise.resolve([]),

    /** The user ids of a circle's organizers and co-organizers. */
    managerIds: (circleId: string): Promise<string[]> => members.managerIds(context.db, circleId),

    /** The circles a user is an active member of (their calendar feed carries these circles' meetings). */
    circleIdsOf: (userId: string): Promise<string[]> => members.activeCircleIds(userId),
  };
}
export type CirclesService = ReturnType<typeof circlesService>;
