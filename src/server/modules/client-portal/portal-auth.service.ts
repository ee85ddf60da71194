// How a client gets into the portal (decisions/024): their therapist invites them (a single-use
// link, 72 hours), and afterwards they sign in with a single-use link sent to their address (15
// minutes) or with a password they chose. Sessions end after CLINICAL_IDLE_MINUTES idle or 12 hours.
// Every limit is counted in the database, so it holds across instances.
import { randomBytes } from 'node:crypto';
import type { ClientActor, MemberActor } from '../../access/actor.ts';
import type { AppContext } from '../../context.ts';
import { tokenHash } from '../../http/actor.ts';
import { invalid, notFound, rateLimited } from '../../http/errors.ts';
import { hashPassword, verifyPassword } from '../../lib/passwords.ts';
import type { ClientsService } from '../clients/clients.service.ts';
import type { RateLimitsService } from '../platform/rate-limits.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { invitationMail, signInLinkMail } from './portal.mails.ts';
import { portalRepository } from './portal.repository.ts';

export const invitationHours = 72;
export const signInLinkMinutes = 15;
export const sessionHours = 12;
const windowSeconds = 15 * 60;
const limits = { linksPerAddress: 3, linksPerIp: 10, passwordFailures: 5, invitationsPerClient: 5 };
// A hash to verify against when there is no account, so both answers take as long.
const noAccountHash = hashPassword(randomBytes(16).toString('hex'));

const newToken = () => randomBytes(32).toString('base64url');
const normalEmail = (email: string) => email.trim().toLowerCase();

export type PortalDeps = {
  clients: Pick<ClientsService, 'policy' | 'requireOwned' | 'recordAccess'>;
  profiles: Pick<ProfilesService, 'memberCards' | 'getOwn'>;
  rateLimits: RateLimitsService;
};
export type PortalInvitationState = {
  state: 'not-invited' | 'invited' | 'active' | 'ended';
  email: string | null;
  invitedAt: string | null;
  invitationExpiresAt: string | null;
  grantedAt: string | null;
};

export function portalAuthService(context: AppContext, deps: PortalDeps) {
  const repo = portalRepository(context.db);
  const { publicUrl } = context.config;

  async function limit(key: string, max: number, message: string) {
    const hit = await deps.rateLimits.hit(key, windowSeconds);
    if (hit.count > max) throw rateLimited(message, (hit.resetAt.getTime() - Date.now()) / 1000);
  }

  async function startSession(accountId: string) {
    const token = newToken();
    await repo.insertSession({
      tokenHash: tokenHash(token),
      accountId,
      expiresAt: new Date(Date.now() + sessionHours * 3600_000),
    });
    return token;
  }

  async function invitationState(clientId: string): Promise<PortalInvitationState> {
    const [access, invitation] = await Promise.all([repo.accessOf(clientId), repo.lastInvitation(clientId)]);
    const iso = (value: Date | null | undefined) => (value ? new Date(value).toISOString() : null);
    const pending = invitation && !invitation.usedAt && new Date(invitation.expiresAt) > new Date();
    return {
      state: access && !access.endedAt ? 'active' : pending ? 'invited' : access ? 'ended' : 'not-invited',
      email: access?.email ?? null,
      invitedAt: iso(invitation?.createdAt),
      invitationExpiresAt: pending ? iso(invitation.expiresAt) : null,
      grantedAt: access && !access.endedAt ? iso(access.grantedAt) : null,
    };
  }

  return {
    invitationState: async (actor: MemberActor, clientId: string) => {
      await deps.clients.policy.requireAccess(actor, 'clients.read', clientId);
      return invitationState(clientId);
    },

    /** Sends the client a single-use link to their portal; a new invitation replaces an unused one. */
    async invite(actor: MemberActor, clientId: string): Promise<PortalInvitationState> {
      const client = await deps.clients.requireOwned(actor, clientId);
      if (client.archivedAt) throw invalid('client', 'is archived: restore them before inviting them');
      if (!client.email) throw invalid('email', 'is missing: add the client’s email address to their record first');
      await limit(
        `portal-invite:${clientId}`,
        limits.invitationsPerClient,
        'Too many invitations for this client; try again later',
      );
      const account = await repo.accountFor(normalEmail(client.email));
      const token = newToken();
      await repo.inTransaction(async (tx) => {
        const inTx = portalRepository(tx);
        await inTx.revokeInvitations(clientId);
        await inTx.insertToken({
          tokenHash: tokenHash(token),
          purpose: 'invitation',
          accountId: account.id,
          clientId,
          invitedByUserId: actor.userId,
          expiresAt: new Date(Date.now() + invitationHours * 3600_000),
        });
      });
      await deps.clients.recordAccess({
        clientId,
        actorUserId: actor.userId,
        actorLabel: actor.name || actor.email,
        action: 'invited the client to their portal',
      });
      // The portal shows the client their therapist by profile: make sure there is one.
      await deps.profiles.getOwn(actor);
      const card = (await deps.profiles.memberCards([actor.userId])).get(actor.userId);
      await context.mailer.queue({
        ...invitationMail(
          account.email,
          card?.displayName || actor.name,
          `${publicUrl}/portal/link/${token}`,
          invitationHours,
        ),
        ref: `portal-invitation:${clientId}`,
      });
      return invitationState(clientId);
    },

    /** Ends the client's portal access to this record (and any unused invitation). */
    async endAccess(actor: MemberActor, clientId: string): Promise<PortalInvitationState> {
      await deps.clients.policy.requireAccess(actor, 'clients.write', clientId);
      await repo.revokeInvitations(clientId);
      await repo.endAccess(clientId);
      return invitationState(clientId);
    },

    /** Whether the link page should offer its button (the link is used only by the button's POST). */
    isLinkUsable: (token: string) => repo.isTokenUsable(tokenHash(token)),

    /** Uses a link: an invitation opens its record to the account; either way a session starts. */
    async useLink(token: string): Promise<{ sessionToken: string }> {
      if (token.length > 200) throw notFound('This link has expired or was already used');
      const used = await repo.useToken(tokenHash(token));
      if (!used) throw notFound('This link has expired or was already used');
      if (used.purpose === 'invitation' && used.clientId && used.invitedByUserId) {
        await repo.grantAccess(used.clientId, used.accountId, used.invitedByUserId);
        await deps.clients.recordAccess({
          clientId: used.clientId,
          actorUserId: null,
          actorLabel: 'the client',
          action: 'accepted the invitation to their portal',
        });
      }
      if ((await repo.activeRecordCount(used.accountId)) === 0)
        throw notFound('This link has expired or was already used');
      return { sessionToken: await startSession(used.accountId) };
    },

    /** Sends a sign-in link when the address has a portal; the answer is the same either way. */
    async requestLink(email: string, ip: string): Promise<void> {
      const address = normalEmail(email);
      await limit(`portal-link-ip:${ip}`, limits.linksPerIp, 'Too many sign-in links asked for; try again later');
      await limit(
        `portal-link:${address}`,
        limits.linksPerAddress,
        'Too many sign-in links asked for; try again later',
      );
      const account = await repo.findAccountByEmail(address);
      if (!account || (await repo.activeRecordCount(account.id)) === 0) return;
      const token = newToken();
      await repo.insertToken({
        tokenHash: tokenHash(token),
        purpose: 'sign-in',
        accountId: account.id,
        clientId: null,
        invitedByUserId: null,
        expiresAt: new Date(Date.now() + signInLinkMinutes * 60_000),
      });
      context.mailer.queueAfterAnswer(
        signInLinkMail(account.email, `${publicUrl}/portal/link/${token}`, signInLinkMinutes),
      );
    },

    async signInWithPassword(email: string, password: string): Promise<{ sessionToken: string }> {
      const address = normalEmail(email);
      const key = `portal-password:${address}`;
      const failures = await deps.rateLimits.peek(key);
      if (failures.count >= limits.passwordFailures)
        throw rateLimited(
          'Too many failed sign-ins; try again later or ask for a sign-in link',
          (failures.resetAt!.getTime() - Date.now()) / 1000,
        );
      const account = await repo.findAccountByEmail(address);
      const ok = await verifyPassword({ hash: account?.passwordHash ?? (await noAccountHash), password });
      if (!account?.passwordHash || !ok || (await repo.activeRecordCount(account.id)) === 0) {
        await deps.rateLimits.hit(key, windowSeconds);
        throw invalid('password', 'or email address is not right');
      }
      await deps.rateLimits.clear(key);
      return { sessionToken: await startSession(account.id) };
    },

    /** Sets (or changes) the client's password; their other sessions end. */
    async setPassword(actor: ClientActor, sessionToken: string, password: string) {
      await repo.setPassword(actor.accountId, await hashPassword(password));
      await repo.deleteOtherSessions(actor.accountId, tokenHash(sessionToken));
    },

    signOut: (sessionToken: string) => repo.deleteSession(tokenHash(sessionToken)),

    hasPassword: async (actor: ClientActor) => Boolean((await repo.findAccount(actor.accountId))?.passwordHash),
  };
}
export type PortalAuthService = ReturnType<typeof portalAuthService>;
