// What members offer and seek as mentors and mentees, and the candidates for a suggestion. The
// candidate reads are the only heavy SQL of the module, and each walks one index in order over
// only the members who offer to mentor (the partial indexes profiles_mentor_*_idx), stopping at a
// bound, so the work does not grow with the number of members:
//  - near: the nearest mentors, nearest first straight from the partial gist index (KNN);
//  - experienced: the most experienced mentors sharing a specialty, from the partial btree on
//    coalesce(first_year_in_practice, graduation_year), the overlap checked on the rows walked.
// Both walks and the offers of the mentors they found are one statement (one round trip): the
// walks are a MATERIALIZED CTE, so the planner sees ~400 rows and looks their offers up by primary
// key. A plain join was tried first: it misjudges `active_mentees < capacity` and hashes every offer
// (22,000 in the benchmark) and sorts every mentor sharing a specialty.
// The score itself (mentoring-score.ts) runs over at most near + experienced rows.
import { and, arrayOverlaps, asc, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { distanceSearch, type GeoPoint } from '../../db/distance.ts';
import { mentoringProfiles, mentorships, profiles } from '../../db/schema/index.ts';

export type Tx = Pick<Db, 'select' | 'insert' | 'update' | 'execute'>;
export type MentoringRow = typeof mentoringProfiles.$inferSelect;

export const candidateLimits = { near: 200, experienced: 200 } as const;

const distance = distanceSearch({ lat: profiles.lat, lng: profiles.lng });
// Written as the bare column, not `= $1`: the partial indexes' predicate must be provable from it.
const offersToMentor = sql`${profiles.offeringMentorship}`;
const visibleMentor = (menteeUserId: string) =>
  and(offersToMentor, ne(profiles.visibility, 'hidden'), ne(profiles.userId, menteeUserId));
// The exact expression of profiles_mentor_experience_idx, so the index gives the order.
const firstYear = sql<number | null>`coalesce(${profiles.firstYearInPractice}, ${profiles.graduationYear})`;

export type CandidateRow = {
  userId: string;
  slug: string;
  name: string;
  specialties: string[];
  modalities: string[];
  firstYear: number | null;
  meters: number | null;
  profileTimeZone: string | null;
  /** The saved offer's fields; null (and saved false) for a mentor with only the profile flag. */
  format: string | null;
  areas: string[] | null;
  capacity: number | null;
  activeMentees: number | null;
  offerTimeZone: string | null;
  hidden: boolean;
  saved: boolean;
};

export const mentoringRepository = (db: Db) => ({
  findByUserId: async (userId: string) =>
    (await db.select().from(mentoringProfiles).where(eq(mentoringProfiles.userId, userId)))[0] ?? null,

  upsert: (tx: Tx, userId: string, values: Partial<typeof mentoringProfiles.$inferInsert>) =>
    tx
      .insert(mentoringProfiles)
      .values({ userId, ...values })
      .onConflictDoUpdate({ target: mentoringProfiles.userId, set: { ...values, updatedAt: sql`now()` } }),

  /** The mentee's side of a suggestion: their profile and what they seek. */
  async menteeOf(userId: string) {
    const rows = await db
      .select({
        specialties: profiles.specialties,
        modalities: profiles.modalities,
        firstYear,
        lat: profiles.lat,
        lng: profiles.lng,
        timeZone: profiles.timeZone,
        seekAreas: mentoringProfiles.seekAreas,
        seekFormat: mentoringProfiles.seekFormat,
      })
      .from(profiles)
      .leftJoin(mentoringProfiles, eq(mentoringProfiles.userId, profiles.userId))
      .where(eq(profiles.userId, userId));
    const row = rows[0];
    return row ? { ...row, firstYear: row.firstYear === null ? null : Number(row.firstYear) } : null;
  },

  /**
   * The candidates: the nearest mentors (when the mentee has a place) and the most experienced
   * sharing a specialty (any, when they list none), each with their saved offer (null: none saved).
   */
  async candidates(menteeUserId: string, origin: GeoPoint | null, specialties: string[]): Promise<CandidateRow[]> {
    const walked = { userId: profiles.userId };
    const near = origin
      ? db
          .select(walked)
          .from(profiles)
          .where(and(visibleMentor(menteeUserId), sql`${profiles.lat} is not null`))
          .orderBy(distance.nearestFirst(origin))
          .limit(candidateLimits.near)
          .getSQL()
      : null;
    const experienced = db
      .select(walked)
      .from(profiles)
      .where(
        and(
          visibleMentor(menteeUserId),
          specialties.length > 0 ? arrayOverlaps(profiles.specialties, specialties) : undefined,
        ),
      )
      .orderBy(sql`${firstYear} asc nulls last`, asc(profiles.slug))
      .limit(candidateLimits.experienced)
      .getSQL();
    const walks = near ? sql`(${near}) union (${experienced})` : sql`(${experienced})`;
    const meters = origin ? sql`${distance.metersFrom(origin)}` : sql`null::float8`;
    const { rows } = await db.execute(sql`
      with walked as materialized (${walks})
      select ${profiles.userId} as "userId", ${profiles.slug} as "slug", ${profiles.displayName} as "name",
        ${profiles.specialties} as "specialties", ${profiles.modalities} as "modalities",
        ${firstYear} as "firstYear", case when ${profiles.lat} is null then null else ${meters} end as "meters",
        ${profiles.timeZone} as "profileTimeZone", ${mentoringProfiles.offerFormat} as "format",
        ${mentoringProfiles.offerAreas} as "areas", ${mentoringProfiles.capacity} as "capacity",
        ${mentoringProfiles.activeMentees} as "activeMentees", ${mentoringProfiles.offerTimeZone} as "offerTimeZone",
        ${mentoringProfiles.offerHiddenAt} is not null as "hidden", ${mentoringProfiles.userId} is not null as "saved"
      from walked
      join ${profiles} on ${profiles.userId} = walked.user_id
      left join ${mentoringProfiles} on ${mentoringProfiles.userId} = walked.user_id`);
    return (rows as CandidateRow[]).map((row) => ({
      ...row,
      meters: row.meters === null ? null : Number(row.meters),
      firstYear: row.firstYear === null ? null : Number(row.firstYear),
    }));
  },

  /** The defaults for a mentor who ticked "offers mentorship" on their profile and saved no details. */
  ensureOffer: (tx: Tx, userId: string) => tx.insert(mentoringProfiles).values({ userId }).onConflictDoNothing(),

  /** A place for one more mentee, taken only while there is one and the mentor still offers. */
  takePlace: async (tx: Tx, mentorUserId: string) =>
    (
      await tx
        .update(mentoringProfiles)
        .set({ activeMentees: sql`${mentoringProfiles.activeMentees} + 1` })
        .where(
          and(
            eq(mentoringProfiles.userId, mentorUserId),
            lt(mentoringProfiles.activeMentees, mentoringProfiles.capacity),
            sql`exists (select 1 from ${profiles} where ${profiles.userId} = ${mentorUserId} and ${offersToMentor})`,
          ),
        )
        .returning({ activeMentees: mentoringProfiles.activeMentees })
    )[0] ?? null,

  freePlace: (tx: Tx, mentorUserId: string) =>
    tx
      .update(mentoringProfiles)
      .set({ activeMentees: sql`greatest(${mentoringProfiles.activeMentees} - 1, 0)` })
      .where(eq(mentoringProfiles.userId, mentorUserId)),

  /** Distinct mentees of accepted mentorships (running or ended). */
  mentoredCount: async (mentorUserId: string) =>
    Number(
      (
        await db
          .select({ count: sql<number>`count(distinct ${mentorships.menteeUserId})` })
          .from(mentorships)
          .where(and(eq(mentorships.mentorUserId, mentorUserId), inArray(mentorships.status, ['active', 'ended'])))
      )[0]?.count ?? 0,
    ),

  setOfferHidden: (userId: string, hidden: boolean) =>
    db
      .update(mentoringProfiles)
      .set({ offerHiddenAt: hidden ? sql`now()` : null })
      .where(eq(mentoringProfiles.userId, userId)),

  /** A mentor's offer by their profile slug, with what the moderation queue shows. */
  offerBySlug: async (slug: string) =>
    (
      await db
        .select({
          userId: profiles.userId,
          slug: profiles.slug,
          name: profiles.displayName,
          visibility: profiles.visibility,
          offering: profiles.offeringMentorship,
          note: mentoringProfiles.offerNote,
          areas: mentoringProfiles.offerAreas,
          hiddenAt: mentoringProfiles.offerHiddenAt,
        })
        .from(profiles)
        .innerJoin(mentoringProfiles, eq(mentoringProfiles.userId, profiles.userId))
        .where(eq(profiles.slug, slug))
    )[0] ?? null,
});
export type MentoringRepository = ReturnType<typeof mentoringRepository>;
