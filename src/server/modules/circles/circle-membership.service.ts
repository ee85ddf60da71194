// Moving people in and out of a circle: join (joined for a public circle or an invitee, a request
// for a private one), leave, and what organizers do — approve, decline, remove, ban, change a role.
// Each starts with the one access check; each change is a conditional UPDATE on the member's row,
// with its seat and its notice in the same transaction.
import type { Circle, CircleMemberStatus, CircleRole } from '../../../contracts/circles.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, notFound } from '../../http/errors.ts';
import type { RoomsServices } from '../rooms/rooms.module.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { circleAdmission } from './circle-admission.ts';
import { circleMembersRepository } from './circle-members.repository.ts';
import { circleNotices } from './circle-notices.ts';
import { toCircle, toCircleMember } from './circles.mapper.ts';
import type { CirclesPolicy } from './circles.policy.ts';
import { circlesRepository, type MembershipRow } from './circles.repository.ts';

/** An organizer's answer about a member id that is not in this circle (the circle itself is theirs to see). */
export const noSuchMember = 'No such member in this circle';

const rank: Record<CircleRole, number> = { organizer: 2, 'co-organizer': 1, member: 0 };
// Someone who left or was removed may come back the way a newcomer would; a ban stays.
const rejoinable = ['invited', 'declined', 'left', 'removed'] as const;

export type CircleMembershipDeps = {
  policy: CirclesPolicy;
  profiles: Pick<ProfilesService, 'getOwn' | 'memberCards'>;
  notifications: Pick<NotificationsService, 'transaction'>;
  /** Closes a removed or banned member's place in the circle's video room at once, on every instance. */
  rooms: Pick<RoomsServices['rooms'], 'revoke'>;
};

export function circleMembershipService(
  context: AppContext,
  { policy, profiles, notifications, rooms }: CircleMembershipDeps,
) {
  const circles = circlesRepository(context.db);
  const members = circleMembersRepository(context.db);
  const admission = circleAdmission(circles, members);

  /** The circle the actor manages and the member the request names in it (404 for either). */
  async function managed(actor: Actor, id: string, memberId: string) {
    const row = await policy.requireAccess(actor, 'circles.manage', id);
    const member = await members.findById(row.circle.id, memberId);
    if (!member) throw notFound(noSuchMember);
    return { ...row, member };
  }

  /** Organizers act on those below them, never on themselves (leaving is its own route). */
  function mayActOn(actorRow: MembershipRow, member: MembershipRow) {
    if (member.userId === actorRow.userId) throw conflict('Use leave for yourself', 'self');
    if (rank[member.role as CircleRole] >= rank[actorRow.role as CircleRole])
      throw conflict('Only an organizer above this member may do that', 'outranked');
  }

  const memberOf = async (row: MembershipRow) => toCircleMember(row, await profiles.memberCards([row.userId]));

  const circleFor = async (actor: Actor, id: string): Promise<Circle> => {
    const found = await circles.findWithMembership(id, actor.userId);
    return toCircle(found!.circle, found!.membership);
  };

  return {
    /** Joined (public circle, or invited), requested (private circle), or as before when already in. */
    async join(actor: Actor, id: string): Promise<Circle> {
      const { circle, membership } = await policy.requireAccess(actor, 'circles.join', id);
      const status = membership?.status as CircleMemberStatus | undefined;
      if (status === 'banned') throw conflict('You cannot join this circle', 'banned');
      if (status === 'active' || status === 'requested') return toCircle(circle, membership);
      await profiles.getOwn(actor); // the others see members by their profile
      await notifications.transaction(async (tx, notices) => {
        if (circle.visibility === 'public' || status === 'invited') {
          await admission.admit(tx, circle.id, actor.userId, rejoinable);
          await circleNotices(notices).actedOn(actor.userId, circle.id);
          return;
        }
        const request = await members.upsert(tx, { circleId: circle.id, userId: actor.userId, status: 'requested' }, [
          'declined',
          'left',
          'removed',
        ]);
        if (!request) return; // a concurrent request of the same person came first
        const managers = await members.managerIds(tx, circle.id);
        await circleNotices(notices).tell(actor, managers, circle.id, 'circle.join-requested', request.id);
      });
      return circleFor(actor, circle.id);
    },

    /** Leaves the circle, withdraws a request or turns down an invitation. The last organizer stays. */
    async leave(actor: Actor, id: string) {
      const { circle, membership } = await policy.requireAccess(actor, 'circles.leave', id);
      const status = membership?.status;
      if (!membership || !(status === 'active' || status === 'requested' || status === 'invited'))
        throw conflict('You are not a member of this circle', 'not_a_member');
      await circles.transaction(async (tx) => {
        if (
          status === 'active' &&
          membership.role === 'organizer' &&
          (await members.countOrganizers(tx, circle.id)) <= 1
        )
          throw conflict('Make another member organizer before you leave', 'last_organizer');
        const moved = await members.move(tx, membership.id, [status], { status: 'left' });
        if (moved && status === 'active') await circles.freeSeat(tx, circle.id);
      });
    },

    async approve(actor: Actor, id: string, memberId: string) {
      const { circle, member } = await managed(actor, id, memberId);
      const approved = await notifications.transaction(async (tx, notices) => {
        const row = await admission.approve(tx, circle.id, member.id);
        if (!row) return null;
        await circleNotices(notices).tell(actor, [row.userId], circle.id, 'circle.approved', row.id);
        await circleNotices(notices).actedOn(actor.userId, circle.id);
        return row;
      });
      if (!approved) throw conflict('There is no request to approve', 'not_requested');
      return memberOf(approved);
    },

    async decline(actor: Actor, id: string, memberId: string) {
      const { member } = await managed(actor, id, memberId);
      const row = await members.move(context.db, member.id, ['requested'], { status: 'declined' });
      if (!row) throw conflict('There is no request to decline', 'not_requested');
      return memberOf(row);
    },

    /** Removes an active member (they may ask again); their access ends with this commit. */
    async remove(actor: Actor, id: string, memberId: string) {
      const { circle, membership, member } = await managed(actor, id, memberId);
      mayActOn(membership!, member);
      const row = await circles.transaction(async (tx) => {
        const moved = await members.move(tx, member.id, ['active'], { status: 'removed' });
        if (moved) await circles.freeSeat(tx, circle.id);
        return moved;
      });
      if (!row) throw conflict('This person is not an active member', 'not_active');
      await rooms.revoke('circle', circle.id, row.userId);
      return memberOf(row);
    },

    /** Bans whoever the member id names, whatever their status: they can neither see a secret circle nor come back. */
    async ban(actor: Actor, id: string, memberId: string) {
      const { circle, membership, member } = await managed(actor, id, memberId);
      mayActOn(membership!, member);
      const row = await circles.transaction(async (tx) => {
        const moved = await members.move(
          tx,
          member.id,
          ['active', 'requested', 'invited', 'declined', 'left', 'removed'],
          {
            status: 'banned',
          },
        );
        if (moved && member.status === 'active') await circles.freeSeat(tx, circle.id);
        return moved;
      });
      if (!row) throw conflict('This person is banned already', 'banned');
      await rooms.revoke('circle', circle.id, row.userId);
      return memberOf(row);
    },

    /** The organizer makes an active member a co-organizer (or back), or an organizer too — then free to leave. */
    async setRole(actor: Actor, id: string, memberId: string, role: CircleRole) {
      const row = await policy.requireAccess(actor, 'circles.organize', id);
      const member = await members.findById(row.circle.id, memberId);
      if (!member) throw notFound(noSuchMember);
      mayActOn(row.membership!, member);
      const moved = await members.move(context.db, member.id, ['active'], { role });
      if (!moved) throw conflict('This person is not an active member', 'not_active');
      return memberOf(moved);
    },

    /** Members by status: active ones for whoever may read members; requests and the rest for organizers only. */
    async list(actor: Actor, id: string, status: CircleMemberStatus) {
      const row = await policy.requireAccess(actor, 'circles.read-members', id);
      if (status !== 'active') policy.check(actor, 'circles.manage', row);
      const rows = await members.listByStatus(row.circle.id, status);
      const cards = await profiles.memberCards(rows.map((each) => each.userId));
      return { items: rows.map((each) => toCircleMember(each, cards)) };
    },

    circleFor,
  };
}
export type CircleMembershipService = ReturnType<typeof circleMembershipService>;
