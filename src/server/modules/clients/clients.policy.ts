// Who may do what to a client record. Today only the therapist who keeps the record; the client
// portal adds a rule for the client themselves (a ClientActor) by extending `clientRules`.
import { definePolicy, ownedBy } from '../../access/access.ts';
import type { AnyActor } from '../../access/actor.ts';
import type { ClientRow, ClientsRepository } from './clients.repository.ts';

export type ClientsPermission = 'clients.read' | 'clients.write';

/** What anyone but the therapist is told about a client (anonymous callers too: actors.requiredForRecord). */
export const noSuchClient = 'No such client';

const theTherapist = ownedBy<ClientRow>((row) => row.ownerUserId);
export const clientRules = { 'clients.read': theTherapist, 'clients.write': theTherapist } as const;

export const clientsPolicy = (repo: Pick<ClientsRepository, 'findOwned'>) =>
  definePolicy<ClientsPermission, AnyActor, ClientRow>({
    notFoundMessage: noSuchClient,
    // Owner-scoped in SQL for speed; the rules still decide.
    load: async (actor, id) => (actor.kind === 'member' ? repo.findOwned(actor.userId, id) : undefined),
    rules: clientRules,
  });
export type ClientsPolicy = ReturnType<typeof clientsPolicy>;
