// What members offer and seek as mentors and mentees, and the candidates for a suggestion. The
// candidate reads are the only heavy SQL of the module; both come from indexes built over only
// the members who offer to mentor (profiles_mentor_*_idx), so each reads a bounded page:
//  - near: the nearest open mentors, nearest first straight from the partial gist index (KNN);
//  - shared: open mentors who meet online and share a specialty, from the partial GIN index.
// The score itself (mentoring-score.ts) runs over at most nearLimit + sharedLimit rows.
import { and, arrayOverlaps, asc, eq, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { distanceSearch, type GeoPoint } from '../../db/distance.ts';
import { mentoringProfiles, mentorships, profiles } from '../../db/schema/index.ts';
import type { MeetingFormat } from '../../../contracts/mentorship.ts';
import type { MentorCandidate } from './mentoring-score.ts';

export type Tx = Pick<Db, 'select' | 'insert' | 'update' | 'execute'>;
export type MentoringRow = typeof mentoringProfiles.$inferSelect;

export const candidateLimits = { near: 300, shared: 200 } as const;

const distance = distanceSearch({ lat: profiles.lat, lng: profiles.lng });
// Written as the bare column, not `= $1`: the partial indexes' predicate must be provable from it.
const offersToMentor = sql`${profiles.offeringMentorship}`;
const openMentor = (menteeUserId: string) =>
  and(
    offersToMentor,
    ne(profiles.visibility, 'hidden'),
    ne(profiles.userId, menteeUserId),
    isNull(mentoringProfiles.offerHiddenAt),
    lt(mentoringProfiles.activeMentees, mentoringProfiles.capacity),
  );
// pg hands float8 and int back as numbers; the stored format is one of the contract's.
const asCandidates = (rows: (Omit<MentorCandidate, 'format' | 'meters'> & { format: string; meters: unknown })[]) =>
  rows.map((row) => ({
    ...row,
    meters: row.meters === null ? null : Number(row.meters),
    firstYear: row.firstYear === null ? null : Number(row.firstYear),
    format: row.format as MeetingFormat,
  })) satisfies MentorCandidate[];
const firstYear = sql<number | null>`coalesce(${profiles.firstYearInPractice}, ${profiles.graduationYear})`;

export const mentoringRepository = (db: Db) => {
  const candidateColumns = (origin: GeoPoint | null) => ({
    userId: profiles.userId,
    slug: profiles.slug,
    name: profiles.displayName,
    specialties: profiles.specialties,
    modalities: profiles.modalities,
    firstYear,
    meters: origin
      ? sql<number | null>`case when ${profiles.lat} is null then null else ${distance.metersFrom(origin)} end`
      : sql<number | null>`null::float8`,
    format: mentoringProfiles.offerFormat,
    areas: mentoringProfiles.offerAreas,
    capacity: mentoringProfiles.capacity,
    activeMentees: mentoringProfiles.activeMentees,
    timeZone: sql<string | null>`coalesce(${mentoringProfiles.offerTimeZone}, ${profiles.timeZone})`,
  });
  const fromMentors = (origin: GeoPoint | null) =>
    db
      .select(candidateColumns(origin))
      .from(profiles)
      .innerJoin(mentoringProfiles, eq(mentoringProfiles.userId, profiles.userId));

  return {
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
      return rows[0] ?? null;
    },

    /** The nearest open mentors, nearest first from the partial gist index. */
    nearCandidates: (menteeUserId: string, origin: GeoPoint) =>
      fromMentors(origin)
        .where(and(openMentor(menteeUserId), sql`${profiles.lat} is not null`))
        .orderBy(distance.nearestFirst(origin))
        .limit(candidateLimits.near)
        .then(asCandidates),

    /**
     * Open mentors who meet online and share one of the mentee's specialties (the partial GIN
     * index), the most experienced first; with no specialty to share, the most experienced.
     */
    sharedCandidates: (menteeUserId: string, origin: GeoPoint | null, specialties: string[]) =>
      fromMentors(origin)
        .where(
          and(
            openMentor(menteeUserId),
            inArray(mentoringProfiles.offerFormat, ['online', 'both']),
            specialties.length > 0 ? arrayOverlaps(profiles.specialties, specialties) : undefined,
          ),
        )
        .orderBy(sql`${firstYear} asc nulls last`, asc(profiles.slug))
        .limit(candidateLimits.shared)
        .then(asCandidates),

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
  };
};
export type MentoringRepository = ReturnType<typeof mentoringRepository>;
