// Circles' own rows: create, find by id or slug (with the caller's membership, in one query), the
// search (distance by db/distance.ts's gist index, kind, topic, online, words) and the member
// count, which only moves by a conditional UPDATE so a cap holds under any number of joins.
import { and, asc, desc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { distanceSearch } from '../../db/distance.ts';
import { circleMembers, circles } from '../../db/schema/index.ts';

export type Tx = Pick<Db, 'select' | 'insert' | 'update' | 'execute'>;
export type CircleRow = typeof circles.$inferSelect;
export type MembershipRow = typeof circleMembers.$inferSelect;
/** A circle with where one person stands in it (null: no row). */
export type CircleWithMembership = { circle: CircleRow; membership: MembershipRow | null };

export type CircleFilter = {
  /** Who is looking: secret circles are found only by their members and invitees. */
  viewerUserId: string | null;
  kind?: string | undefined;
  topic?: string | undefined;
  online?: boolean | undefined;
  words?: string | undefined;
  near?: { lat: number; lng: number; meters: number } | undefined;
  mine?: boolean | undefined;
  limit: number;
  offset: number;
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const distance = distanceSearch({ lat: circles.lat, lng: circles.lng });
const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The circles a viewer may find: listed ones for all, secret ones for their members and invitees. */
function findable(viewerUserId: string | null, mine: boolean | undefined) {
  const member = (statuses: string[]) =>
    viewerUserId === null
      ? sql`false`
      : sql`exists (select 1 from ${circleMembers} where ${circleMembers.circleId} = ${circles.id}
          and ${circleMembers.userId} = ${viewerUserId} and ${circleMembers.status} in (${sql.join(
            statuses.map((status) => sql`${status}`),
            sql`, `,
          )}))`;
  // A circle an admin hid is found by nobody (moderation).
  if (mine) return and(isNull(circles.hiddenAt), member(['active']))!;
  return and(
    isNull(circles.hiddenAt),
    or(inArray(circles.visibility, ['public', 'private']), member(['active', 'invited'])),
  )!;
}

function conditions(filter: CircleFilter) {
  const where: (SQL | undefined)[] = [findable(filter.viewerUserId, filter.mine)];
  if (filter.kind) where.push(eq(circles.kind, filter.kind));
  if (filter.topic) where.push(sql`lower(${filter.topic}) = any(${circles.topics})`);
  if (filter.online !== undefined) where.push(eq(circles.online, filter.online));
  if (filter.near) where.push(isNotNull(circles.lat), distance.within(filter.near, filter.near.meters));
  if (filter.words) {
    const pattern = `%${escapeLike(filter.words)}%`;
    where.push(or(ilike(circles.name, pattern), ilike(circles.description, pattern)));
  }
  return and(...where);
}

export const circlesRepository = (db: Db) => ({
  /** For changes that tell nobody (leaving, removal, a ban); those that notify use the notifications' transaction. */
  transaction: <T>(work: (tx: Db) => Promise<T>) => db.transaction(async (tx) => work(tx as unknown as Db)),

  insert: async (tx: Tx, values: typeof circles.$inferInsert) =>
    (await tx.insert(circles).values(values).returning())[0]!,

  slugTaken: async (slug: string) =>
    (await db.select({ id: circles.id }).from(circles).where(eq(circles.slug, slug))).length > 0,

  /** The circle by id or slug, with the viewer's membership row. */
  async findWithMembership(idOrSlug: string, userId: string | null, tx: Tx = db): Promise<CircleWithMembership | null> {
    const key = uuidPattern.test(idOrSlug) ? eq(circles.id, idOrSlug) : eq(circles.slug, idOrSlug);
    const [row] = await tx
      .select({ circle: circles, membership: circleMembers })
      .from(circles)
      .leftJoin(circleMembers, and(eq(circleMembers.circleId, circles.id), eq(circleMembers.userId, userId ?? '')))
      .where(key);
    return row ?? null;
  },

  /** One page of findable circles: nearest first with `near`, else newest first. */
  findPage: (filter: CircleFilter) =>
    db
      .select({
        circle: circles,
        meters: (filter.near ? distance.metersFrom(filter.near) : sql<number | null>`null::float8`).as('meters'),
      })
      .from(circles)
      .where(conditions(filter))
      .orderBy(...(filter.near ? [distance.nearestFirst(filter.near)] : []), desc(circles.createdAt), asc(circles.id))
      .limit(filter.limit)
      .offset(filter.offset),

  count: async (filter: CircleFilter) =>
    Number(
      (
        await db
          .select({ n: sql<number>`count(*)::int` })
          .from(circles)
          .where(conditions(filter))
      )[0]?.n ?? 0,
    ),

  /** Changes a circle's settings; a new cap only if it is not below today's members (null otherwise). */
  update: async (id: string, values: Partial<typeof circles.$inferInsert>) =>
    (
      await db
        .update(circles)
        .set({ ...values, updatedAt: sql`now()` })
        .where(
          and(
            eq(circles.id, id),
            typeof values.memberCap === 'number' ? sql`${circles.memberCount} <= ${values.memberCap}` : undefined,
          ),
        )
        .returning()
    )[0] ?? null,

  /** One more active member, unless the cap is reached: null when full (the caller rolls back). */
  takeSeat: async (tx: Tx, circleId: string) =>
    (
      await tx
        .update(circles)
        .set({ memberCount: sql`${circles.memberCount} + 1`, updatedAt: sql`now()` })
        .where(
          and(
            eq(circles.id, circleId),
            or(sql`${circles.memberCap} is null`, sql`${circles.memberCount} < ${circles.memberCap}`),
          ),
        )
        .returning({ memberCount: circles.memberCount })
    )[0] ?? null,

  freeSeat: (tx: Tx, circleId: string) =>
    tx
      .update(circles)
      .set({ memberCount: sql`greatest(${circles.memberCount} - 1, 0)`, updatedAt: sql`now()` })
      .where(eq(circles.id, circleId)),
});
export type CirclesRepository = ReturnType<typeof circlesRepository>;
