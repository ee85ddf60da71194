// The rules of a member's own list of professionals. Every method is scoped to the acting member:
// another member's contact is "not found".
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import type { Stage } from '../../../contracts/contacts.ts';
import { contactsRepository } from './contacts.repository.ts';

export function contactsService(db: Db) {
  const repo = contactsRepository(db);

  return {
    /** The contact's row when the actor owns it; otherwise 404. */
    async requireOwned(actor: Pick<Actor, 'userId'>, id: string) {
      const row = await repo.findOwned(actor.userId, id);
      if (!row) throw notFound('No such contact');
      return row;
    },

    /**
     * Called by letters when a letter or email really went out: logs the interaction and moves the
     * contact from "identified" to "introduced". Returns false when the contact no longer exists.
     */
    recordOutreach: (ownerUserId: string, contactId: string, entry: { channel: 'letter' | 'email'; summary: string; letterId: string | null; occurredAt?: Date }) =>
      repo.recordOutreach(ownerUserId, contactId, { ...entry, occurredAt: entry.occurredAt ?? new Date() }),

    /** Each contact's current stage, for per-offer figures ("how many went on to met / allied"). */
    async stagesOf(ownerUserId: string, contactIds: string[]): Promise<Map<string, Stage>> {
      const rows = await repo.findStages(ownerUserId, contactIds);
      return new Map(rows.map((row) => [row.id, row.stage as Stage]));
    },
  };
}
export type ContactsService = ReturnType<typeof contactsService>;
