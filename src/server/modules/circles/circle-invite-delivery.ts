// Who a circle's invitations reach and how: members of my network in the app (their row says
// `invited`, which lets them see and join even a secret circle; they hear by notification, and by
// email per their settings), and anyone else — my professionals by their contact's address, or any
// address — by an emailed link that one person may use once. `prepare` checks everything before a
// write, `write` runs on the caller's transaction, `mail` sends after the commit. Used when a
// circle starts (circles.service.ts) and for later invitations (circle-invitations.service.ts).
import type { CircleInvite } from '../../../contracts/circles.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, invalid } from '../../http/errors.ts';
import type { ContactsService } from '../contacts/contacts.service.ts';
import type { Notices } from '../notifications/notifications.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { circleInvitationsRepository } from './circle-invitations.repository.ts';
import { circleMembersRepository } from './circle-members.repository.ts';
import { circleNotices } from './circle-notices.ts';
import { hashToken, invitationUrl, newToken } from './invitation-tokens.ts';

const emailLifetimeMs = 30 * 86_400_000;

/** Who an invitation reaches, checked before anything is written. */
export type PreparedInvite = { userIds: string[]; emails: string[] };
export type InvitationMail = { email: string; token: string };

export type CircleInviteDeliveryDeps = {
  profiles: Pick<ProfilesService, 'requireVisibleMember'>;
  contacts: Pick<ContactsService, 'get'>;
};

export function circleInviteDelivery(context: AppContext, { profiles, contacts }: CircleInviteDeliveryDeps) {
  const repo = circleInvitationsRepository(context.db);
  const members = circleMembersRepository(context.db);
  const urlOf = (token: string) => invitationUrl(context.config.publicUrl, token);

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

  return { prepare, write, mail };
}
export type CircleInviteDelivery = ReturnType<typeof circleInviteDelivery>;
