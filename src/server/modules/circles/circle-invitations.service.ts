// Invitations into a circle. Members of my network are invited in the app (their row says
// `invited`, which lets them see and join even a secret circle; they hear by notification and by
// email per their settings). Anyone else — my professionals by their contact's address, or any
// address — gets an emailed link that one person may use once, signing up first if they have no
// account. A shareable link lets many in until an organizer revokes it. Tokens: 256 bits from the
// CSPRNG, only their SHA-256 stored; whoever holds one is the link-holder actor of its circle.
import { createHash, randomBytes } from 'node:crypto';
import type { Circle, CircleInvite } from '../../../contracts/circles.ts';
import type { LinkHolderActor } from '../../access/actor.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, invalid, notFound } from '../../http/errors.ts';
import type { ContactsService } from '../contacts/contacts.service.ts';
import type { Notices, NotificationsService } from '../notifications/notifications.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { cannotJoin, circleAdmission } from './circle-admission.ts';
import { circleInvitationsRepository } from './circle-invitations.repository.ts';
import { circleMembersRepository } from './circle-members.repository.ts';
import { circleNotices } from './circle-notices.ts';
import { toCircle, toCircleSummary, toInvitation } from './circles.mapper.ts';
import type { CirclesPolicy } from './circles.policy.ts';
import { circlesRepository } from './circles.repository.ts';

/** One answer for a token that never existed, was revoked, used up or expired. */
export const noSuchInvitation = 'No such invitation: it may have been revoked, used or expired';
const emailLifetimeMs = 30 * 86_400_000;
const tokenPattern = /^[A-Za-z0-9_-]{20,100}$/;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

/** Who an invitation reaches, checked before anything is written. */
export type PreparedInvite = { userIds: string[]; emails: string[] };
export type InvitationMail = { email: string; token: string };

export type CircleInvitationsDeps = {
  policy: CirclesPolicy;
  profiles: Pick<ProfilesService, 'requireVisibleMember' | 'getOwn'>;
  contacts: Pick<ContactsService, 'get'>;
  notifications: Pick<NotificationsService, 'transaction'>;
};

export function circleInvitationsService(context: AppContext, deps: CircleInvitationsDeps) {
  const { policy, profiles, contacts, notifications } = deps;
  const repo = circleInvitationsRepository(context.db);
  const circles = circlesRepository(context.db);
  const members = circleMembersRepository(context.db);
  const admission = circleAdmission(circles, members);
  const urlOf = (token: string) => `${context.config.publicUrl}/circles/join/${token}`;

  async function live(token: string) {
    const invitation = tokenPattern.test(token) ? await repo.findLive(hashToken(token), new Date()) : null;
    if (!invitation) throw notFound(noSuchInvitation);
    return invitation;
  }

  async function contactEmail(actor: Actor, contactId: string, field: string) {
    const contact = await contacts.get(actor, contactId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'not_found')
        throw invalid(field, 'is not one of your professionals');
      throw error;
    });
    if (!contact.email) throw invalid(field, 'has no email address to invite');
    return contact.email;
  }

  /** `under` is where the invite sits in the request body ('invite' in a new circle's, '' on its own). */
  async function prepare(actor: Actor, input: CircleInvite, under: string): Promise<PreparedInvite> {
    const field = (name: string) => (under ? `${under}.${name}` : name);
    const userIds = new Set<string>();
    for (const [index, slug] of (input.memberSlugs ?? []).entries()) {
      const member = await profiles.requireVisibleMember(slug, actor, {
        field: field(`memberSlugs.${index}`),
        self: 'is you: you are in the circle already',
      });
      userIds.add(member.userId);
    }
    const emails = new Set((input.emails ?? []).map((email) => email.toLowerCase()));
    for (const [index, id] of (input.contactIds ?? []).entries())
      emails.add((await contactEmail(actor, id, field(`contactIds.${index}`))).toLowerCase());
    return { userIds: [...userIds], emails: [...emails] };
  }

  /** Writes the invitations on the caller's transaction; returns the mails to send once it commits. */
  async function write(tx: Db, notices: Notices, actor: Actor, circleId: string, invite: PreparedInvite) {
    for (const userId of invite.userIds) {
      // A member already in, asking, invited or banned keeps their status.
      const row = await members.upsert(tx, { circleId, userId, status: 'invited', invitedByUserId: actor.userId }, [
        'declined',
        'left',
        'removed',
      ]);
      if (row)
        await circleNotices(notices).tell(actor, [userId], circleId, 'circle.invited', `${row.id}:${Date.now()}`);
    }
    const mails: InvitationMail[] = [];
    for (const email of invite.emails) {
      const token = newToken();
      await repo.insert(tx, {
        circleId,
        kind: 'email',
        tokenHash: hashToken(token),
        email,
        createdByUserId: actor.userId,
        expiresAt: new Date(Date.now() + emailLifetimeMs),
      });
      mails.push({ email, token });
    }
    return mails;
  }

  /** The invitation emails, after the commit. They name the person inviting, never the circle (an organizer's words). */
  async function mail(actor: Actor, mails: InvitationMail[]) {
    for (const { email, token } of mails)
      await context.mailer.queue({
        to: email,
        replyTo: actor.email,
        subject: `${actor.name} invited you to a circle on Kneadwork`,
        text: [
          `${actor.name} invited you to join their circle on Kneadwork, the professional network for massage therapists and the professionals around them.`,
          '',
          'Open this link to see the circle and join it (you can create your account there if you have none):',
          '',
          urlOf(token),
          '',
          'The link is for you: it lets one person in, and works for 30 days.',
          `Questions? Reply to this email to reach ${actor.name}.`,
        ].join('\n'),
      });
  }

  return {
    prepare,
    write,
    mail,

    /** Invites members, professionals and addresses to a circle the actor organizes. */
    async invite(actor: Actor, id: string, input: CircleInvite) {
      const { circle } = await policy.requireAccess(actor, 'circles.manage', id);
      const prepared = await prepare(actor, input, '');
      const mails = await notifications.transaction((tx, notices) => write(tx, notices, actor, circle.id, prepared));
      await mail(actor, mails);
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
