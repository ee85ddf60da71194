// What members offer and seek as mentors and mentees, and the candidates for a suggestion. The
// candidate reads are the only heavy SQL of the module, and each walks one index in order over
// only the members who offer to mentor (the partial indexes profiles_mentor_*_idx), stopping at a
// bound, so the work does not grow with the number of members:
//  - near: the nearest mentors, nearest first straight from the partial gist index (KNN);
//  - experienced: the most experienced mentors sharing a specialty, from the partial btree on
//    coalesce(first_year_in_practice, graduation_year), the overlap checked on the rows walked.
// Their offers are then read by primary key (`= any`) and only open ones kept. One statement with
// a join was tried first: the planner misjudges `active_mentees < capacity` and hashes every offer
// (22,000 in the benchmark) instead of looking up a few hundred.
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

export type MentorProfile = {
  userId: string;
  slug: string;
  name: string;
  specialties: string[];
  modalities: string[];
  firstYear: number | null;
  meters: number | null;
  profileTimeZone: string | null;
};

const profileColumns = (origin: GeoPoint | null) => ({
  userId: profiles.userId,
  slug: profiles.slug,
  name: profiles.displayName,
  specialties: profiles.specialties,
  modalities: profiles.modalities,
  firstYear,
  meters: origin
    ? sql<number | null>`case when ${profiles.lat} is null then null else ${distance.metersFrom(origin)} end`
    : sql<number | null>`null::float8`,
  profileTimeZone: profiles.timeZone,
});
// An expression's number may come back from the driver as text.
const asMentorProfiles = (rows: MentorProfile[]): MentorProfile[] =>
  rows.map((row) => ({
    ...row,
    meters: row.meters === null ? null : Number(row.meters),
    firstYear: row.firstYear === null ? null : Number(row.firstYear),
  }));

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

  /** The nearest mentors, nearest first from the partial gist index. */
  nearMentors: (menteeUserId: string, origin: GeoPoint) =>
    db
      .select(profileColumns(origin))
      .from(profiles)
      .where(and(visibleMentor(menteeUserId), sql`${profiles.lat} is not null`))
      .orderBy(distance.nearestFirst(origin))
      .limit(candidateLimits.near)
      .then(asMentorProfiles),

  /** The most experienced mentors sharing a specialty (any mentor, when there is none to share). */
  experiencedMentors: (menteeUserId: string, origin: GeoPoint | null, specialties: string[]) =>
    db
      .select(profileColumns(origin))
      .from(profiles)
      .where(
        and(
          visibleMentor(menteeUserId),
          specialties.length > 0 ? arrayOverlaps(profiles.specialties, specialties) : undefined,
        ),
      )
      .orderBy(sql`${firstYear} asc nulls last`, asc(profiles.slug))
      .limit(candidateLimits.experienced)
      .then(asMentorProfiles),

  /** The saved offers of these members, by primary key (a member may have the flag and none). */
  offersOf: (userIds: string[]) =>
    db
      .select({
        userId: mentoringProfiles.userId,
        format: mentoringProfiles.offerFormat,
        areas: mentoringProfiles.offerAreas,
        capacity: mentoringProfiles.capacity,
        activeMentees: mentoringProfiles.activeMentees,
        timeZone: mentoringProfiles.offerTimeZone,
        hiddenAt: mentoringProfiles.offerHiddenAt,
      })
      .from(mentoringProfiles)
      .where(sql`${mentoringProfiles.userId} = any(${sql.param(userIds)}::text[])`),

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
