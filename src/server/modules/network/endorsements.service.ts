// Endorsing a connection's specialty or modality: only through an accepted connection, only after
// the two have worked together (a completed trade or an accepted referral), and only for
// something on their profile. The profile shows how many members endorsed each item.
import type { EndorsementCreate, Endorsement } from '../../../contracts/network.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, notFound } from '../../http/errors.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { networkHistoryRepository } from './network-history.repository.ts';
import type { NetworkService } from './network.service.ts';
import { endorsementsRepository } from './endorsements.repository.ts';
import { endorsementPolicy, noSuchEndorsement } from './network.policy.ts';

export type EndorsementsDeps = {
  profiles: Pick<ProfilesService, 'offeredItems'>;
  connections: Pick<NetworkService, 'requireAccepted'>;
};

export function endorsementsService(context: AppContext, { profiles, connections }: EndorsementsDeps) {
  const repo = endorsementsRepository(context.db);
  const history = networkHistoryRepository(context.db);
  const policy = endorsementPolicy(repo);

  return {
    async endorse(actor: Actor, connectionId: string, input: EndorsementCreate): Promise<Endorsement> {
      const { partnerId } = await connections.requireAccepted(actor, connectionId);
      const offered = await profiles.offeredItems(partnerId);
      if (!(input.kind === 'specialty' ? offered.specialties : offered.modalities).includes(input.key))
        throw conflict(`${input.key} is not a ${input.kind} on their profile`, 'not_on_profile');
      if (!(await history.haveWorkedTogether(actor.userId, partnerId))) {
        throw conflict(
          'Endorse after you have worked together: a completed trade or an accepted referral between you',
          'not_worked_together',
        );
      }
      const row = await repo.insert({
        connectionId,
        endorserUserId: actor.userId,
        endorsedUserId: partnerId,
        kind: input.kind,
        key: input.key,
      });
      if (!row) throw conflict(`You have already endorsed this ${input.kind}`, 'already_endorsed');
      return { id: row.id, kind: input.kind, key: row.key, createdAt: new Date(row.createdAt).toISOString() };
    },

    /** Only the endorser withdraws, and only through the connection it was made on; anyone else gets 404. */
    async withdraw(actor: Actor, connectionId: string, endorsementId: string) {
      const row = await policy.requireAccess(actor, 'network.withdraw-endorsement', endorsementId);
      if (row.connectionId !== connectionId || !(await repo.delete(row.id))) throw notFound(noSuchEndorsement);
    },
  };
}
export type EndorsementsService = ReturnType<typeof endorsementsService>;
