// The rules of a member's own list of professionals. Every method is scoped to the acting member:
// another member's contact is "not found".
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import type { Contact, ContactCreate, ContactList, ContactUpdate } from '../../../contracts/contacts.ts';
import type { Channel, Stage } from '../../../contracts/pipeline.ts';
import type { contactListQuerySchema } from '../../../contracts/contacts.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import type { z } from 'zod';
import { addDays, upcomingDays, calendarDay } from './contact-days.ts';
import { contactMembersMapper } from './contact-members.mapper.ts';
import { contactsPolicy, noSuchContact } from './contacts.policy.ts';
import { contactsRepository, type ContactChanges, type ContactFilter } from './contacts.repository.ts';

export type ContactListQuery = z.output<typeof contactListQuerySchema>;
export type ContactsDeps = { profiles: Pick<ProfilesService, 'requireVisibleMember'> };

export function contactsService(context: Pick<AppContext, 'db'>, deps: ContactsDeps) {
  const repo = contactsRepository(context.db);
  const views = contactMembersMapper(context.db);
  const policy = contactsPolicy(repo);

  /** The contact's row when the actor may read it (their own); otherwise 404. */
  const requireOwned = (actor: Actor, id: string) => policy.requireAccess(actor, 'contacts.read', id);

  async function get(actor: Actor, id: string): Promise<Contact> {
    const row = await policy.requireAccess(actor, 'contacts.read', id);
    return (await views.present(actor.userId, [row]))[0]!;
  }

  // A member may link only a profile they could open themselves, and never a hidden one.
  async function profileIdFor(actor: Actor, slug: string | null) {
    if (slug === null) return null;
    return (await deps.profiles.requireVisibleMember(slug, actor, { field: 'linkedProfileSlug' })).id;
  }

  return {
    policy,
    requireOwned,
    get,

    /**
     * Called by letters when a letter or email really went out: logs the interaction and moves the
     * contact from "identified" to "introduced". Returns false when the contact no longer exists.
     */
    recordOutreach: (
      ownerUserId: string,
      contactId: string,
      entry: { channel: Channel; summary: string; letterId: string | null; occurredAt?: Date },
    ) => repo.recordOutreach(ownerUserId, contactId, { ...entry, occurredAt: entry.occurredAt ?? new Date() }),

    /** Each contact's current stage, for per-offer figures ("how many went on to met / allied"). */
    async stagesOf(ownerUserId: string, contactIds: string[]): Promise<Map<string, Stage>> {
      const rows = await repo.findStages(ownerUserId, contactIds);
      return new Map(rows.map((row) => [row.id, row.stage as Stage]));
    },

    async list(actor: Pick<Actor, 'userId'>, query: ContactListQuery): Promise<ContactList> {
      const today = query.today ?? calendarDay(null);
      const filter: ContactFilter = {
        q: query.q || undefined,
        profession: query.profession,
        stage: query.stage,
        tag: query.tag || undefined,
        followUpBetween:
          query.followUp === 'due'
            ? { from: null, to: today }
            : query.followUp === 'upcoming'
              ? { from: addDays(today, 1), to: addDays(today, upcomingDays) }
              : undefined,
      };
      const rows = await repo.findPage(
        actor.userId,
        filter,
        query.sort,
        query.pageSize,
        (query.page - 1) * query.pageSize,
      );
      const [total, byProfession, byStage] = [
        await repo.count(actor.userId, filter),
        await repo.countsBy(actor.userId, 'profession'),
        await repo.countsBy(actor.userId, 'stage'),
      ];
      return {
        items: await views.present(actor.userId, rows),
        total,
        page: query.page,
        pageSize: query.pageSize,
        byProfession,
        byStage,
      };
    },

    async create(actor: Actor, input: ContactCreate): Promise<Contact> {
      const row = await repo.insert(actor.userId, input);
      return get(actor, row.id);
    },

    async update(actor: Actor, id: string, patch: ContactUpdate): Promise<Contact> {
      await policy.requireAccess(actor, 'contacts.write', id);
      const { linkedProfileSlug, ...fields } = patch;
      const values: ContactChanges = { ...fields };
      if (linkedProfileSlug !== undefined) values.linkedProfileId = await profileIdFor(actor, linkedProfileSlug);
      if (!(await repo.update(actor.userId, id, values))) throw notFound(noSuchContact);
      return get(actor, id);
    },

    async remove(actor: Actor, id: string) {
      await policy.requireAccess(actor, 'contacts.write', id);
      if (!(await repo.delete(actor.userId, id))) throw notFound(noSuchContact);
    },
  };
}
export type ContactsService = ReturnType<typeof contactsService>;
