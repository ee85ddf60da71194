// Who may do what to a contact on someone's list: only the member whose list it is.
import { definePolicy, ownedBy } from '../../access/access.ts';
import type { AnyActor } from '../../access/actor.ts';
import type { ContactsRepository, ContactWithActivity } from './contacts.repository.ts';

export type ContactsPermission = 'contacts.read' | 'contacts.write';
export const noSuchContact = 'No such contact';

const theListOwner = ownedBy<ContactWithActivity>((row) => row.ownerUserId);
export const contactRules = { 'contacts.read': theListOwner, 'contacts.write': theListOwner } as const;

export const contactsPolicy = (repo: Pick<ContactsRepository, 'findOwnedWithActivity'>) =>
  definePolicy<ContactsPermission, AnyActor, ContactWithActivity>({
    notFoundMessage: noSuchContact,
    // Owner-scoped in SQL for speed; the rules still decide.
    load: async (actor, id) => (actor.kind === 'member' ? repo.findOwnedWithActivity(actor.userId, id) : null),
    rules: contactRules,
  });
