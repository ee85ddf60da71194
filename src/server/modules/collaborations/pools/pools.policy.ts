// Who may do what to a pool. Any member sees and pledges to a pool that is not hidden; a pool a
// moderator hid is seen only by its organizer (marked hidden) — everyone else, and an anonymous
// caller, gets the 404 a missing pool gets. The order sheet and cancelling are the organizer's.
import { definePolicy, type AccessRule } from '../../../access/access.ts';
import type { MemberActor } from '../../../access/actor.ts';
import type { PoolRow, PoolsRepository } from './pools.repository.ts';

export type PoolPermission = 'pools.read' | 'pools.pledge' | 'pools.organize';

export const noSuchPool = 'No such pool';

const organizer: AccessRule<MemberActor, PoolRow> = (actor, row) => row.organizerUserId === actor.userId;
const visible: AccessRule<MemberActor, PoolRow> = (actor, row) => !row.hidden || organizer(actor, row);

export const poolRules = { 'pools.read': visible, 'pools.pledge': visible, 'pools.organize': organizer };

export const poolsPolicy = (repo: PoolsRepository) =>
  definePolicy<PoolPermission, MemberActor, PoolRow>({
    notFoundMessage: noSuchPool,
    load: (_actor, id) => repo.findById(id),
    rules: poolRules,
  });
export type PoolsPolicy = ReturnType<typeof poolsPolicy>;
