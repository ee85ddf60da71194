// Endorsing a connection's specialty or modality: only through an accepted connection, only after
// the two have worked together (a completed trade or an accepted referral), and only for
// something on their profile. The profile shows how many members endorsed each item.
import type { EndorsementCreate, Endorsement } from '../../../contracts/network.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { profilesRepository } from '../profiles/profiles.repository.ts';
import { networkHistoryRepository } from './network-history.repository.ts';
import { networkService } from './network.service.ts';
import { endorsementsRepository } from './endorsements.repository.ts';

export function endorsementsService(context: AppContext) {
  const repo = endorsementsRepository(context.db);
  const history = networkHistoryRepository(context.db);
  const profiles = profilesRepository(context.db);
  const circle = networkService(context);

  return {
    async endorse(actor: Pick<Actor, 'userId'>, connectionId: string, input: EndorsementCreate): Promise<Endorsement> {
      const { partnerId } = await circle.requireAccepted(actor, connectionId);
      const profile = await profiles.findByUserId(partnerId);
      const offered = input.kind === 'specialty' ? profile?.specialties : profile?.modalities;
      if (!offered?.includes(input.key)) throw new AppError('conflict', `${input.key} is not a ${input.kind} on their profile`);
      if (!(await history.haveWorkedTogether(actor.userId, partnerId))) {
        throw new AppError('conflict', 'Endorse after you have worked together: a completed trade or an accepted referral between you');
      }
      const row = await repo.insert({ connectionId, endorserUserId: actor.userId, endorsedUserId: partnerId, kind: input.kind, key: input.key });
      if (!row) throw new AppError('conflict', `You have already endorsed this ${input.kind}`);
      return { id: row.id, kind: input.kind, key: row.key, createdAt: new Date(row.createdAt).toISOString() };
    },

    async withdraw(actor: Pick<Actor, 'userId'>, connectionId: string, endorsementId: string) {
      if (!(await repo.delete(actor.userId, connectionId, endorsementId))) throw notFound('No such endorsement');
    },
  };
}
