// "Expand my list": members near my practice who are not on my list yet, nearest first, leaning
// towards the professions I know fewest of; and adding one of them in a click. Distances come
// from the directory service (the same search and SQL the directory page uses).
import type { Contact, SuggestionList } from '../../../contracts/contacts.ts';
import type { DirectoryItem } from '../../../contracts/directory.ts';
import { keysOf, professions, type Profession } from '../../../contracts/taxonomy.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, invalid } from '../../http/errors.ts';
import type { DirectoryService } from '../directory/directory.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { contactsRepository } from './contacts.repository.ts';
import type { ContactsService } from './contacts.service.ts';
import { memberMatchesRepository } from './member-matches.repository.ts';

const radiusMiles = 100;
const pageSize = 50;
const maxPages = 6;

export type SuggestionsDeps = {
  profiles: Pick<ProfilesService, 'getOwn' | 'requireVisibleMember'>;
  directory: Pick<DirectoryService, 'search'>;
  contacts: Pick<ContactsService, 'get'>;
};

const plural = (profession: Profession, count: number) => {
  const label = profession === 'other' ? 'other professional' : professions[profession].toLowerCase();
  return count === 1 ? label : `${label}s`;
};
const reasonFor = (profession: Profession, count: number) =>
  count === 0
    ? `You have no ${plural(profession, 2)} on your list yet`
    : `You have ${count} ${plural(profession, count)} on your list`;

export function contactSuggestionsService(
  { db }: Pick<AppContext, 'db'>,
  { profiles, directory, contacts }: SuggestionsDeps,
) {
  const matches = memberMatchesRepository(db);
  const repo = contactsRepository(db);

  /** The nearest `want` members of a profession (any, when undefined) who are neither me nor on my list. */
  async function nearestNotOnList(
    actor: Actor,
    near: string,
    mySlug: string,
    profession: Profession | undefined,
    want: number,
  ) {
    const found: DirectoryItem[] = [];
    for (let page = 1; page <= maxPages && found.length < want; page++) {
      const result = await directory
        .search(actor, { near, radius: radiusMiles, unit: 'mi', sort: 'distance', page, pageSize, profession })
        .catch((error: unknown) => {
          // The directory names its own parameter; here the postal code is the member's profile's.
          if (error instanceof AppError && error.code === 'validation_failed')
            throw invalid('postalCode', `your profile's postal code "${near}" is not one we know`);
          throw error;
        });
      const others = result.items.filter((item) => item.slug !== mySlug);
      const onList = await matches.findSlugsOnList(
        actor.userId,
        others.map((item) => item.slug),
      );
      found.push(...others.filter((item) => !onList.has(item.slug)));
      if (result.items.length < pageSize) break;
    }
    return found.slice(0, want);
  }

  return {
    async suggest(
      actor: Actor,
      query: { profession?: Profession | undefined; limit: number },
    ): Promise<SuggestionList> {
      const me = await profiles.getOwn(actor);
      if (!me.postalCode)
        throw invalid(
          'postalCode',
          'is needed to see professionals near you: add your practice postal code to your profile',
        );
      const counts = await repo.countsBy(actor.userId, 'profession');
      const countOf = (profession: string) => counts[profession] ?? 0;
      const wanted = query.profession ? [query.profession] : keysOf(professions);
      const candidates: DirectoryItem[] = [];
      for (const profession of wanted)
        candidates.push(...(await nearestNotOnList(actor, me.postalCode, me.slug, profession, query.limit)));
      // Lean towards gaps: a profession I already have n of counts its distance (n + 1) times over;
      // the chosen few are then shown nearest first.
      const score = (item: DirectoryItem) => ((item.distance ?? 0) + 1) * (countOf(item.profession) + 1);
      const chosen = candidates
        .sort((a, b) => score(a) - score(b))
        .slice(0, query.limit)
        .sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0));
      return {
        unit: 'mi',
        items: chosen.map((item) => ({
          slug: item.slug,
          displayName: item.displayName,
          profession: item.profession,
          practiceName: item.practiceName,
          city: item.city,
          region: item.region,
          logoUrl: item.logoUrl,
          distance: item.distance ?? 0,
          fills: item.profession,
          reason: reasonFor(item.profession as Profession, countOf(item.profession)),
        })),
      };
    },

    /** Adds a member I can see to my list, prefilled from their profile and linked to it. */
    async addFromMember(actor: Actor, slug: string): Promise<Contact> {
      const profile = await profiles.requireVisibleMember(slug, actor, { field: 'slug', self: 'is your own profile' });
      const id = await repo.inTransaction(async (tx) => {
        // One add per member at a time, so a double click cannot put them on the list twice.
        await contactsRepository(tx).lockOwnerAdds(actor.userId);
        if ((await memberMatchesRepository(tx).findSlugsOnList(actor.userId, [slug])).size > 0)
          throw new AppError('conflict', `${profile.displayName} is already on your list`);
        const contact = await contactsRepository(tx).insert(actor.userId, {
          name: profile.displayName,
          profession: profile.profession,
          organisation: profile.practiceName,
          phone: profile.phone,
          email: profile.publicEmail,
          street: profile.street,
          city: profile.city,
          region: profile.region,
          postalCode: profile.postalCode,
          country: profile.country,
          howWeMet: 'Kneadwork directory',
          linkedProfileId: profile.id,
        });
        return contact.id;
      });
      return contacts.get(actor, id);
    },
  };
}
export type ContactSuggestionsService = ReturnType<typeof contactSuggestionsService>;
