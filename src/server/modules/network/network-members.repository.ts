// The few profile columns the network shows about a member (name, slug, profession), by user id.
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { profiles } from '../../db/schema/index.ts';
import type { MemberCard } from '../../../contracts/member-card.ts';

export const networkMembersRepository = (db: Db) => ({
  async findRefs(userIds: string[]): Promise<Map<string, MemberCard>> {
    if (userIds.length === 0) return new Map();
    const rows = await db
      .select({ userId: profiles.userId, slug: profiles.slug, displayName: profiles.displayName, profession: profiles.profession })
      .from(profiles)
      .where(inArray(profiles.userId, userIds));
    return new Map(rows.map(({ userId, ...member }) => [userId, member]));
  },
});
