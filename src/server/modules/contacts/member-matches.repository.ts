// Which Kneadwork members a member's contacts are: the profile a contact is linked to, and the
// member a contact looks like (same email — account or public — or same name in the same town).
// These read profiles and accounts directly, rather than through the profiles service, because a
// page of 100 contacts needs one query, not 100 calls. Hidden profiles are never returned.
import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { contacts, profiles, user } from '../../db/schema/index.ts';

export type MemberCard = {
  profileId: string;
  slug: string;
  displayName: string;
  profession: string;
  logoFile: string | null;
};
export type MatchCandidate = MemberCard & { userId: string; accountEmail: string; publicEmail: string; city: string };

const card = {
  profileId: profiles.id,
  slug: profiles.slug,
  displayName: profiles.displayName,
  profession: profiles.profession,
  logoFile: profiles.logoFile,
};
const listed = and(ne(profiles.visibility, 'hidden'), ne(profiles.displayName, ''));

export const memberMatchesRepository = (db: Db) => ({
  findCards: async (profileIds: string[]): Promise<MemberCard[]> => {
    if (profileIds.length === 0) return [];
    return db
      .select(card)
      .from(profiles)
      .where(and(inArray(profiles.id, profileIds), listed));
  },

  /** Members whose account or public email is one of `emails` (lower-case), or whose name is one of `names` (lower-case). */
  findCandidates: async (emails: string[], names: string[]): Promise<MatchCandidate[]> => {
    if (emails.length === 0 && names.length === 0) return [];
    const byEmail = emails.length
      ? or(inArray(user.email, emails), inArray(sql`lower(${profiles.publicEmail})`, emails))
      : undefined;
    const byName = names.length ? inArray(sql`lower(${profiles.displayName})`, names) : undefined;
    return db
      .select({
        ...card,
        userId: profiles.userId,
        accountEmail: user.email,
        publicEmail: profiles.publicEmail,
        city: profiles.city,
      })
      .from(profiles)
      .innerJoin(user, eq(user.id, profiles.userId))
      .where(and(listed, or(byEmail, byName)));
  },

  /** Profiles already linked to one of the owner's contacts. */
  findLinkedProfileIds: async (ownerUserId: string) =>
    (
      await db
        .selectDistinct({ id: contacts.linkedProfileId })
        .from(contacts)
        .where(and(eq(contacts.ownerUserId, ownerUserId), sql`${contacts.linkedProfileId} is not null`))
    ).map((row) => row.id!),

  /**
   * Of these slugs, the members already on the owner's list: linked to a contact, or sharing a
   * contact's email (account or public), or a contact's name and town.
   */
  findSlugsOnList: async (ownerUserId: string, slugs: string[]) => {
    if (slugs.length === 0) return new Set<string>();
    const rows = await db
      .select({ slug: profiles.slug })
      .from(profiles)
      .innerJoin(user, eq(user.id, profiles.userId))
      .where(
        and(
          inArray(profiles.slug, slugs),
          sql`exists (select 1 from ${contacts} c where c.owner_user_id = ${ownerUserId} and (
            c.linked_profile_id = ${profiles.id}
            or (c.email <> '' and (lower(c.email) = lower(${user.email}) or lower(c.email) = lower(${profiles.publicEmail})))
            or (c.city <> '' and lower(c.name) = lower(${profiles.displayName}) and lower(c.city) = lower(${profiles.city}))))`,
        ),
      );
    return new Set(rows.map((row) => row.slug));
  },
});
