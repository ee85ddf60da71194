// What happened with a contact, newest first; logging an approach can schedule the next one.
import type { Interaction, InteractionInput } from '../../../contracts/contacts.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { toInteraction } from './contacts.mapper.ts';
import type { ContactsService } from './contacts.service.ts';
import { contactInteractionsRepository } from './contact-interactions.repository.ts';

export function contactInteractionsService(
  context: Pick<AppContext, 'db'>,
  { contacts }: { contacts: Pick<ContactsService, 'policy'> },
) {
  const repo = contactInteractionsRepository(context.db);

  return {
    async list(actor: Actor, contactId: string): Promise<Interaction[]> {
      await contacts.policy.requireAccess(actor, 'contacts.read', contactId);
      return (await repo.findForContact(actor.userId, contactId)).map(toInteraction);
    },

    async add(actor: Actor, contactId: string, input: InteractionInput): Promise<Interaction> {
      await contacts.policy.requireAccess(actor, 'contacts.write', contactId);
      // The next step becomes the follow-up's note, so the reminder says what to do.
      const followUp =
        input.followUpOn === undefined
          ? undefined
          : input.followUpOn === null
            ? { on: null, note: '' }
            : { on: input.followUpOn, ...(input.nextStep ? { note: input.nextStep } : {}) };
      const entry = {
        channel: input.channel,
        summary: input.summary,
        nextStep: input.nextStep,
        occurredAt: input.occurredAt ? new Date(input.occurredAt) : new Date(),
      };
      const row = await repo.insert(actor.userId, contactId, entry, followUp);
      if (!row) throw notFound(contacts.policy.notFoundMessage);
      return toInteraction(row);
    },
  };
}
