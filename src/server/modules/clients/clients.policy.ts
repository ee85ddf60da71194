// Who may do what to a client record: the therapist who keeps it reads and writes it; the client
// themselves (a ClientActor signed in to the portal) reaches it through `clients.portal` only.
import { definePolicy, ownedBy } from '../../access/access.ts';
import { isClientOf, type AnyActor } from '../../access/actor.ts';
import type { ClientRow, ClientsRepository } from './clients.repository.ts';

/** `clients.portal`: the client themselves, in their portal, for a record their therapist opened to them. */
export type ClientsPermission = 'clients.read' | 'clients.write' | 'clients.portal';

/** What anyone but the therapist is told about a client (anonymous callers too: actors.requiredForRecord). */
export const noSuchClient = 'No such client';

const theTherapist = ownedBy<ClientRow>((row) => row.ownerUserId);
export const clientRules = {
  'clients.read': theTherapist,
  'clients.write': theTherapist,
  'clients.portal': (actor, row) => isClientOf(actor, row.id),
} as const satisfies Record<ClientsPermission, (actor: AnyActor, row: ClientRow) => boolean>;

export const clientsPolicy = (repo: Pick<ClientsRepository, 'findOwned' | 'findById'>) =>
  definePolicy<ClientsPermission, AnyActor, ClientRow>({
    notFoundMessage: noSuchClient,
    // Owner-scoped in SQL for speed; the rules still decide.
    load: async (actor, id) =>
      actor.kind === 'member'
        ? repo.findOwned(actor.userId, id)
        : actor.kind === 'client' && isClientOf(actor, id)
          ? repo.findById(id)
          : undefined,
    rules: clientRules,
  });
export type ClientsPolicy = ReturnType<typeof clientsPolicy>;
