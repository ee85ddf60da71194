import { eq, inArray } from 'drizzle-orm';
import type { MemberCard } from '../../../contracts/member-card.ts';
import type { Db } from '../../db/client.ts';
import { profiles } from '../../db/schema/index.ts';

export type ProfileRow = typeof profiles.$inferSelect;
export type ProfileWrite = Partial<typeof profiles.$inferInsert>;

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
  /** The card (slug, name, profession) of each of these members that has a profile, by user id. */
  async memberCards(userIds: readonly string[]): Promise<Map<string, MemberCard>> {
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return new Map();
    const rows = await db
      .select({
        userId: profiles.userId,
        slug: profiles.slug,
        displayName: profiles.displayName,
        profession: profiles.profession,
      })
      .from(profiles)
      .where(inArray(profiles.userId, unique));
    return new Map(rows.map(({ userId, ...card }) => [userId, card]));
  },
  updateByUserId: async (userId: string, values: ProfileWrite) => {
    const [row] = await db.update(profiles).set(values).where(eq(profiles.userId, userId)).returning();
    return row ?? null;
  },
});
