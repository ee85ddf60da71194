// Invitations into a circle, as organizers manage them and invitees use them: inviting people to a
// circle that exists (circle-invite-delivery.ts reaches them), shareable links and their revocation,
// and a token's holder — the link-holder actor of its circle — seeing and joining it. An invitation
// waives approval and secrecy, never a ban or the cap.
import type { Circle, CircleInvite } from '../../../contracts/circles.ts';
import type { LinkHolderActor } from '../../access/actor.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { cannotJoin, circleAdmission } from './circle-admission.ts';
import type { CircleInviteDelivery } from './circle-invite-delivery.ts';
import { circleInvitationsRepository } from './circle-invitations.repository.ts';
import { circleMembersRepository } from './circle-members.repository.ts';
import { circleNotices } from './circle-notices.ts';
import { toCircle, toCircleSummary, toInvitation } from './circles.mapper.ts';
import type { CirclesPolicy } from './circles.policy.ts';
import { circlesRepository } from './circles.repository.ts';
import { hashToken, invitationUrl, newToken, tokenPattern } from './invitation-tokens.ts';

/** One answer for a token that never existed, was revoked, used up or expired. */
export const noSuchInvitation = 'No such invitation: it may have been revoked, used or expired';

export type CircleInvitationsDeps = {
  policy: CirclesPolicy;
  profiles: Pick<ProfilesService, 'getOwn'>;
  delivery: CircleInviteDelivery;
  notifications: Pick<NotificationsService, 'transaction'>;
};

export function circleInvitationsService(context: AppContext, deps: CircleInvitationsDeps) {
  const { policy, profiles, delivery, notifications } = deps;
  const repo = circleInvitationsRepository(context.db);
  const circles = circlesRepository(context.db);
  const members = circleMembersRepository(context.db);
  const admission = circleAdmission(circles, members);
  const urlOf = (token: string) => invitationUrl(context.config.publicUrl, token);

  async function live(token: string) {
    const invitation = tokenPattern.test(token) ? await repo.findLive(hashToken(token), new Date()) : null;
    if (!invitation) throw notFound(noSuchInvitation);
    return invitation;
  }

  return {
    /** Invites members, professionals and addresses to a circle the actor organizes. */
    async invite(actor: Actor, id: string, input: CircleInvite) {
      const { circle } = await policy.requireAccess(actor, 'circles.manage', id);
      const prepared = await delivery.prepare(actor, input, '');
      const mails = await notifications.transaction((tx, notices) =>
        delivery.write(tx, notices, actor, circle.id, prepared),
      );
      await delivery.mail(actor, mails);
      return { members: prepared.userIds.length, emails: mails.length };
    },

    /** A new shareable link; its address is shown this once. */
    async createLink(actor: Actor, id: string) {
      const { circle } = await policy.requireAccess(actor, 'circles.manage', id);
      const token = newToken();
      const row = await repo.insert(context.db, {
        circleId: circle.id,
        kind: 'link',
        tokenHash: hashToken(token),
        createdByUserId: actor.userId,
      });
      return { ...toInvitation(row), url: urlOf(token), token };
    },

    async list(actor: Actor, id: string) {
      const { circle } = await policy.requireAccess(actor, 'circles.manage', id);
      return { items: (await repo.listOf(circle.id)).map(toInvitation) };
    },

    /** Stops a link or an emailed invitation from letting anyone else in (who joined stays). */
    async revoke(actor: Actor, id: string, invitationId: string) {
      const { circle } = await policy.requireAccess(actor, 'circles.manage', id);
      const row = await repo.revoke(circle.id, invitationId);
      if (!row) throw notFound('No such invitation');
      return toInvitation(row);
    },

    /** Whoever holds a live token: the link holder of its circle (404 for any other token). */
    async holderOf(token: string): Promise<LinkHolderActor> {
      const invitation = await live(token);
      return { kind: 'link-holder', linkId: invitation.id, subject: { type: 'circle', id: invitation.circleId } };
    },

    /** What the link shows before joining: the circle's listing, nothing members-only. */
    async preview(holder: LinkHolderActor) {
      const { circle } = await policy.requireAccess(holder, 'circles.preview', holder.subject.id);
      const { distance: _distance, me: _me, ...summary } = toCircleSummary(circle, null);
      return summary;
    },

    /** Joins through the token (approval and secrecy are what the invitation waives; a ban and the cap are not). */
    async accept(actor: Actor, token: string): Promise<Circle> {
      const invitation = await live(token);
      const found = await circles.findWithMembership(invitation.circleId, actor.userId);
      if (!found) throw notFound(noSuchInvitation);
      if (found.membership?.status === 'banned') throw cannotJoin();
      if (found.membership?.status === 'active') return toCircle(found.circle, found.membership);
      await profiles.getOwn(actor);
      await notifications.transaction(async (tx, notices) => {
        if (!(await repo.use(tx, invitation.id, actor.userId, new Date()))) throw notFound(noSuchInvitation);
        await admission.admit(tx, invitation.circleId, actor.userId, [
          'invited',
          'requested',
          'declined',
          'left',
          'removed',
        ]);
        await circleNotices(notices).actedOn(actor.userId, invitation.circleId);
      });
      const joined = await circles.findWithMembership(invitation.circleId, actor.userId);
      return toCircle(joined!.circle, joined!.membership);
    },
  };
}
export type CircleInvitationsService = ReturnType<typeof circleInvitationsService>;
