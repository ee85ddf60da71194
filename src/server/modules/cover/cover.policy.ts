// Who may do what in cover when away: an away period is its member's alone (to read, to end);
// an invitation to cover is answered only by the colleague it invites. Anyone else gets the 404
// a missing record gets.
import { definePolicy, ownedBy } from '../../access/access.ts';
import type { MemberActor } from '../../access/actor.ts';
import type { awayRepository, AwayRow } from './away.repository.ts';

export type AwayPermission = 'cover.read' | 'cover.end';
export type InvitationPermission = 'cover.answer';

type Repo = ReturnType<typeof awayRepository>;
type InvitationRow = NonNullable<Awaited<ReturnType<Repo['findCoverOf']>>>;

export const awayPolicy = (repo: Repo) =>
  definePolicy<AwayPermission, MemberActor, AwayRow>({
    notFoundMessage: 'No such away period',
    load: (actor, id) => repo.findOwned(actor.userId, id),
    rules: { 'cover.read': ownedBy((row) => row.userId), 'cover.end': ownedBy((row) => row.userId) },
  });

// An invitation is named by two ids (period and cover), so the service loads it and uses `check`.
export const invitationPolicy = (_repo: Repo) =>
  definePolicy<InvitationPermission, MemberActor, InvitationRow>({
    notFoundMessage: 'No such invitation',
    load: async () => null,
    rules: { 'cover.answer': ownedBy((row) => row.coverUserId) },
  });
