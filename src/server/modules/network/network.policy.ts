// Who may do what to a connection: only its two sides, each for their own part. Whether the
// connection is pending or accepted is a rule of the action (a 409), not of access.
import { definePolicy, ownedBy, type AccessRule } from '../../access/access.ts';
import type { MemberActor } from '../../access/actor.ts';
import type { ConnectionRow, connectionsRepository } from './connections.repository.ts';
import type { EndorsementRow, endorsementsRepository } from './endorsements.repository.ts';

export type NetworkPermission =
  'network.read' | 'network.answer' | 'network.mark' | 'network.remove' | 'network.endorse';

/** What anyone but the two sides is told about a connection. */
export const noSuchConnection = 'No such connection';

const eitherSide: AccessRule<MemberActor, ConnectionRow> = (actor, row) =>
  row.requesterUserId === actor.userId || row.addresseeUserId === actor.userId;

export const networkPolicy = (repo: ReturnType<typeof connectionsRepository>) =>
  definePolicy<NetworkPermission, MemberActor, ConnectionRow>({
    notFoundMessage: noSuchConnection,
    load: (actor, id) => repo.findInvolving(actor.userId, id),
    rules: {
      'network.read': eitherSide,
      'network.answer': eitherSide,
      'network.mark': eitherSide,
      'network.remove': eitherSide,
      'network.endorse': eitherSide,
    },
  });

export type EndorsementPermission = 'network.withdraw-endorsement';

/** What anyone but the endorser is told about an endorsement (the endorsed member too). */
export const noSuchEndorsement = 'No such endorsement';

/** An endorsement is its endorser's to withdraw. */
export const endorsementPolicy = (repo: ReturnType<typeof endorsementsRepository>) =>
  definePolicy<EndorsementPermission, MemberActor, EndorsementRow>({
    notFoundMessage: noSuchEndorsement,
    load: (_actor, id) => repo.findById(id),
    rules: { 'network.withdraw-endorsement': ownedBy((row) => row.endorserUserId) },
  });
