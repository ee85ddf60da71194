import { and, eq, inArray, sql } from 'drizzle-orm';
import { mediaUrl } from '../../../contracts/app-paths.ts';
import type { MemberCard } from '../../../contracts/member-card.ts';
import type { Db } from '../../db/client.ts';
import { profiles } from '../../db/schema/index.ts';

export type ProfileRow = typeof profiles.$inferSelect;
export type ProfileWrite = Partial<typeof profiles.$inferInsert>;
/** A member card with the logo, for lists that show faces (conversations); other responses' schemas leave the logo out. */
export type MemberFace = MemberCard & { logoUrl: string | null };
/** Who looks at the cards: the public sees public profiles, members also members-only ones. */
export type CardViewer = 'public' | 'member';
/** Why moderation keeps a profile out of sight (schema/profiles.ts, withheld). */
export type ProfileHold = 'hidden' | 'suspended';

export const profilesRepository = (db: Db) => ({
  findByUserId: async (userId: string) =>
    (await db.select().from(profiles).where(eq(profiles.userId, userId)))[0] ?? null,
  findBySlug: async (slug: string) => (await db.select().from(profiles).where(eq(profiles.slug, slug)))[0] ?? null,
  /** Inserts unless the user already has one (two first requests may race); returns the row either way. */
  insertForUser: async (values: typeof profiles.$inferInsert) => {
    await db.insert(profiles).values(values).onConflictDoNothing();
    return (await db.select().from(profiles).where(eq(profiles.userId, values.userId)))[0]!;
  },
  slugTaken: async (slug: string) =>
    (await db.select({ id: profiles.id }).from(profiles).where(eq(profiles.slug, slug))).length > 0,
  /**
   * The card (slug, name, profession, logo) of each of these members that has a profile, by user id;
   * with `visibleTo`, only the profiles such a viewer could open (never hidden ones; members-only
   * ones to members).
   */
  async memberCards(userIds: readonly string[], visibleTo?: CardViewer): Promise<Map<string, MemberFace>> {
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return new Map();
    const rows = await db
      .select({
        userId: profiles.userId,
        slug: profiles.slug,
        displayName: profiles.displayName,
        profession: profiles.profession,
        logoFile: profiles.logoFile,
      })
      .from(profiles)
      .where(
        and(
          inArray(profiles.userId, unique),
          visibleTo
            ? inArray(profiles.visibility, visibleTo === 'public' ? ['public'] : ['public', 'members'])
            : undefined,
        ),
      );
    return new Map(rows.map(({ userId, logoFile, ...card }) => [userId, { ...card, logoUrl: mediaUrl(logoFile) }]));
  },
  /** Each of these members' time zone (null when unset), by user id; a member without a profile is left out. */
  async timeZones(userIds: readonly string[]): Promise<Map<string, string | null>> {
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return new Map();
    const rows = await db
      .select({ userId: profiles.userId, timeZone: profiles.timeZone })
      .from(profiles)
      .where(inArray(profiles.userId, unique));
    return new Map(rows.map((row) => [row.userId, row.timeZone]));
  },
  /**
   * Puts a moderation hold on the profile or lifts it, in one statement: while any hold remains,
   * visibility is 'hidden' and the member's own choice waits in own_visibility; the last hold
   * lifted gives it back. Holding twice or lifting what is not held changes nothing.
   */
  withhold: async (userId: string, hold: ProfileHold, on: boolean) => {
    const holds = on
      ? sql`array(select distinct unnest(array_append(${profiles.withheld}, ${hold}::text)))`
      : sql`array_remove(${profiles.withheld}, ${hold}::text)`;
    const [row] = await db
      .update(profiles)
      .set({
        withheld: holds,
        visibility: sql`case when cardinality(${holds}) > 0 then 'hidden'
          else coalesce(${profiles.ownVisibility}, ${profiles.visibility}) end`,
        ownVisibility: sql`case when cardinality(${holds}) > 0 then coalesce(${profiles.ownVisibility}, ${profiles.visibility})
          else null end`,
      })
      .where(eq(profiles.userId, userId))
      .returning({ slug: profiles.slug });
    return row ?? null;
  },
  updateByUserId: async (userId: string, values: ProfileWrite) => {
    const [row] = await db.update(profiles).set(values).where(eq(profiles.userId, userId)).returning();
    return row ?? null;
  },
});
export type ProfilesRepository = ReturnType<typeof profilesRepository>;
