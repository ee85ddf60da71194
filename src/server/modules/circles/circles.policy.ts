// Who may do what to a circle. A secret circle does not exist for anyone but its active members
// and the people invited to it; a private circle is listed, but its members and rules are its
// members'; organizers and co-organizers manage it. Removed and banned people are outsiders from
// the moment their row changes: every rule reads the row as it is now. Whatever a rule refuses is
// the 404 a circle that does not exist gets (docs/decisions/017-access-model.md).
import { definePolicy, type AccessRule } from '../../access/access.ts';
import type { LinkHolderActor, MemberActor } from '../../access/actor.ts';
import type { CircleRole } from '../../../contracts/circles.ts';
import type { CircleWithMembership, CirclesRepository } from './circles.repository.ts';

export type CirclePermission =
  | 'circles.see'
  | 'circles.join'
  | 'circles.read-members'
  | 'circles.manage'
  | 'circles.organize'
  | 'circles.leave'
  | 'circles.preview';
export type CircleActor = MemberActor | LinkHolderActor;

/** What anyone who may not see a circle is told, anonymous callers too (actors.requiredForRecord). */
export const noSuchCircle = 'No such circle';

const statusOf = (row: CircleWithMembership) => row.membership?.status ?? null;
const active = (row: CircleWithMembership) => statusOf(row) === 'active';
const roleIn =
  (roles: CircleRole[]): AccessRule<CircleActor, CircleWithMembership> =>
  (actor, row) =>
    actor.kind === 'member' && active(row) && roles.includes(row.membership!.role as CircleRole);

/**
 * Listed circles for every member (a ban keeps them out, not blind); secret ones for members and
 * invitees; a circle an admin hid for nobody, its organizers included, until an admin shows it again.
 */
export const seesCircle: AccessRule<CircleActor, CircleWithMembership> = (actor, row) =>
  actor.kind === 'member' &&
  row.circle.hiddenAt === null &&
  (row.circle.visibility !== 'secret' || statusOf(row) === 'active' || statusOf(row) === 'invited');

export const circleRules: Record<CirclePermission, AccessRule<CircleActor, CircleWithMembership>> = {
  'circles.see': seesCircle,
  // Whether joining means joined, requested or refused (full, banned) is the service's rule.
  'circles.join': seesCircle,
  'circles.read-members': (actor, row) =>
    seesCircle(actor, row) && (active(row) || (row.circle.visibility === 'public' && statusOf(row) !== 'banned')),
  'circles.manage': roleIn(['organizer', 'co-organizer']),
  'circles.organize': roleIn(['organizer']),
  'circles.leave': seesCircle,
  // The holder of an invitation sees the circle it names, and only that one.
  'circles.preview': (actor, row) =>
    actor.kind === 'link-holder' &&
    row.circle.hiddenAt === null &&
    actor.subject.type === 'circle' &&
    actor.subject.id === row.circle.id,
};

export const circlesPolicy = (repo: CirclesRepository) =>
  definePolicy<CirclePermission, CircleActor, CircleWithMembership>({
    notFoundMessage: noSuchCircle,
    load: (actor, id) => repo.findWithMembership(id, actor.kind === 'member' ? actor.userId : null),
    rules: circleRules,
  });
export type CirclesPolicy = ReturnType<typeof circlesPolicy>;
