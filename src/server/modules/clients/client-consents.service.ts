// The rules of consent: recording it (how, when, for whom, for what), withdrawing it, and deciding
// whether a given consent lets a referral share given parts of the record with a given recipient.
import type { Consent, ConsentCreate, ConsentListQuery, ShareScope } from '../../../contracts/clients.ts';
import { shareScopes } from '../../../contracts/clients.ts';
import type { ClientActor } from '../../access/actor.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, invalid, notFound } from '../../http/errors.ts';
import type { ContactsService } from '../contacts/contacts.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { calendarDay } from '../../lib/time.ts';
import { consentStatus, toConsent } from './clients.mapper.ts';
import type { ClientsPolicy } from './clients.policy.ts';
import { clientAccessLogRepository } from './client-access-log.repository.ts';
import {
  clientsRepository,
  type ClientRow,
  type ClientsRepository,
  type ConsentWithParty,
  type ConsentWrite,
} from './clients.repository.ts';
import type { SealedText } from './sealed-text.ts';

/** Who a referral goes to, in the terms a consent can name. */
export type ReferralRecipient = {
  userId?: string | undefined;
  contactId?: string | undefined;
  profession?: string | undefined;
};
type Deps = {
  repo: ClientsRepository;
  sealed: SealedText;
  policy: ClientsPolicy;
  profiles: Pick<ProfilesService, 'requireVisibleMember' | 'timeZones'>;
  contacts: Pick<ContactsService, 'requireOwned'>;
};

const isForeignKeyViolation = (error: unknown) => (error as { cause?: { code?: string } }).cause?.code === '23503';
// A clock a minute or two ahead on the caller's device is not "the future".
const clockSkewMs = 5 * 60_000;
const describeSharedWith = (consent: Consent) => {
  const to = consent.sharedWith;
  return to.kind === 'member' || to.kind === 'contact'
    ? to.displayName || `that ${to.kind}`
    : to.kind === 'profession'
      ? `a ${to.profession}`
      : 'anyone referred to';
};

// A member is matched on the stored user id, which survives a change of their profile's slug.
function covers(
  row: Pick<
    ConsentWithParty,
    'sharedWithKind' | 'sharedWithUserId' | 'sharedWithContactId' | 'sharedWithProfession' | 'contactMemberUserId'
  >,
  recipient: ReferralRecipient,
): boolean {
  switch (row.sharedWithKind) {
    case 'any-referral':
      return true;
    case 'profession':
      return recipient.profession !== undefined && recipient.profession === row.sharedWithProfession;
    case 'contact':
      // A contact linked to a member is the same person when the referral goes to their account.
      return (
        (recipient.contactId !== undefined && recipient.contactId === row.sharedWithContactId) ||
        (recipient.userId !== undefined && recipient.userId === row.contactMemberUserId)
      );
    case 'member':
      return recipient.userId !== undefined && recipient.userId === row.sharedWithUserId;
    default:
      return false;
  }
}

export function clientConsentsService({ repo, sealed, policy, profiles, contacts }: Deps) {
  /** A consent's days are those of the member who recorded it: "expires on" is their last day, on their clock. */
  async function dayOf(ownerUserId: string, at = new Date()) {
    return calendarDay((await profiles.timeZones([ownerUserId])).get(ownerUserId) ?? null, at);
  }
  // Consent notes are shown to the therapist who wrote them: no read of the record is logged.
  const present = async (row: ConsentWithParty, today: string) =>
    toConsent(row, await sealed.forAuthor([row.clientId]), today);

  async function sharedWithColumns(
    actor: Actor,
    input: ConsentCreate['sharedWith'],
  ): Promise<
    Pick<
      ConsentWrite,
      'sharedWithKind' | 'sharedWithUserId' | 'sharedWithProfileId' | 'sharedWithContactId' | 'sharedWithProfession'
    >
  > {
    switch (input.kind) {
      case 'member': {
        const member = await profiles.requireVisibleMember(input.profileSlug, actor, {
          field: 'sharedWith.profileSlug',
        });
        return { sharedWithKind: 'member', sharedWithUserId: member.userId, sharedWithProfileId: member.id };
      }
      case 'contact': {
        const contact = await contacts.requireOwned(actor, input.contactId).catch(() => null);
        if (!contact) throw invalid('sharedWith.contactId', 'is not one of your contacts');
        return { sharedWithKind: 'contact', sharedWithContactId: contact.id };
      }
      case 'profession':
        return { sharedWithKind: 'profession', sharedWithProfession: input.profession };
      case 'any-referral':
        return { sharedWithKind: 'any-referral' };
    }
  }

  // The recipient a referral to this member or contact would name (the same shape referrals use).
  async function recipientOf(actor: Actor, query: ConsentListQuery): Promise<ReferralRecipient | null> {
    if (query.memberSlug) {
      const member = await profiles.requireVisibleMember(query.memberSlug, actor, { field: 'memberSlug' });
      return { userId: member.userId, profession: member.profession };
    }
    if (query.contactId) {
      const contact = await contacts.requireOwned(actor, query.contactId).catch(() => null);
      if (!contact) throw invalid('contactId', 'is not one of your contacts');
      return { contactId: contact.id, profession: contact.profession };
    }
    return null;
  }

  async function consentForReferral(
    actor: Actor,
    clientId: string,
    consentId: string,
    recipient: ReferralRecipient,
  ): Promise<Consent> {
    await policy.requireAccess(actor, 'clients.read', clientId);
    const row = await repo.findConsent(clientId, consentId);
    if (!row) throw invalid('consentId', 'is not a consent this client gave');
    const consent = await present(row, await dayOf(row.ownerUserId));
    if (consent.status === 'withdrawn')
      throw invalid('consentId', `was withdrawn on ${consent.withdrawnAt!.slice(0, 10)}`);
    if (consent.status === 'expired') throw invalid('consentId', `expired on ${consent.expiresOn!}`);
    if (!covers(row, recipient))
      throw invalid('consentId', `covers sharing with ${describeSharedWith(consent)}, not this recipient`);
    return consent;
  }

  return {
    consentForReferral,
    dayOf,

    list: async (actor: Actor, clientId: string, query: ConsentListQuery = {}): Promise<Consent[]> => {
      await policy.requireAccess(actor, 'clients.read', clientId);
      const rows = await repo.findConsents(clientId);
      const recipient = await recipientOf(actor, query);
      const today = await dayOf(actor.userId);
      const chosen = recipient
        ? rows.filter((row) => consentStatus(row, today) === 'active' && covers(row, recipient))
        : rows;
      const open = await sealed.forAuthor([clientId]);
      return chosen.map((row) => toConsent(row, open, today));
    },

    create: async (actor: Actor, clientId: string, input: ConsentCreate): Promise<Consent> => {
      await policy.requireAccess(actor, 'clients.write', clientId);
      const now = new Date();
      const givenAt = input.givenAt ? new Date(input.givenAt) : now;
      if (givenAt.getTime() > now.getTime() + clockSkewMs) throw invalid('givenAt', 'must not be in the future');
      if (input.expiresOn && input.expiresOn < (await dayOf(actor.userId, givenAt)))
        throw invalid('expiresOn', 'must not be before the day consent was given');
      const sealer = await sealed.forClient(clientId);
      const row = await repo
        .insertConsent({
          clientId,
          ownerUserId: actor.userId,
          scope: input.scope,
          ...(await sharedWithColumns(actor, input.sharedWith)),
          method: input.method,
          witnessName: input.witnessName,
          givenAt,
          expiresOn: input.expiresOn ?? null,
          noteEnc: sealer.seal(input.note),
        })
        .catch((error: unknown) => {
          // The member or contact was removed between the check above and the insert.
          if (isForeignKeyViolation(error)) throw invalid('sharedWith', 'no longer exists');
          throw error;
        });
      const created = await repo.findConsent(clientId, row.id);
      return present(created!, await dayOf(actor.userId));
    },

    withdraw: async (actor: Actor, clientId: string, consentId: string, reason: string): Promise<Consent> => {
      await policy.requireAccess(actor, 'clients.write', clientId);
      const withdrawn = await repo.withdrawConsent(clientId, consentId, reason);
      if (!withdrawn) {
        if (await repo.isWithdrawn(clientId, consentId))
          throw new AppError('conflict', 'This consent was already withdrawn');
        throw notFound('No such consent');
      }
      return present((await repo.findConsent(clientId, consentId))!, await dayOf(actor.userId));
    },

    /** The client's own consents, in their portal (their therapist's calendar decides expiry). */
    listForClient: async (actor: ClientActor, clientId: string): Promise<Consent[]> => {
      const client = await policy.requireAccess(actor, 'clients.portal', clientId);
      const rows = await repo.findConsents(clientId);
      const today = await dayOf(client.ownerUserId);
      const open = await sealed.forAuthor([clientId]);
      return rows.map((row) => toConsent(row, open, today));
    },

    /**
     * The client withdraws a consent themselves, on the caller's transaction (with the therapist's
     * notice): it takes effect at once for every referral that relies on it. `client` is the row
     * `policy.requireAccess(actor, 'clients.portal', …)` returned before the transaction opened.
     */
    withdrawByClient: async (tx: Db, client: ClientRow, consentId: string, reason: string): Promise<void> => {
      const clientId = client.id;
      const withdrawn = await clientsRepository(tx).withdrawConsent(clientId, consentId, reason);
      if (!withdrawn) {
        if (await clientsRepository(tx).isWithdrawn(clientId, consentId))
          throw new AppError('conflict', 'This consent was already withdrawn');
        throw notFound('No such consent');
      }
      await clientAccessLogRepository(tx).append({
        clientId,
        actorUserId: null,
        actorLabel: 'the client',
        action: 'withdrew a consent',
      });
    },

    /** True while the consent stands: a referral checks this on every read of its packet. */
    isConsentActive: async (consentId: string): Promise<boolean> => {
      const state = await repo.findConsentState(consentId);
      return state !== undefined && consentStatus(state, await dayOf(state.ownerUserId)) === 'active';
    },

    /** The parts of the record a packet may carry: both chosen (`share`) and covered by the consent; else 400. */
    chosenParts: (client: ClientRow, consent: Consent, share: readonly string[]): ShareScope[] => {
      if (consent.clientId !== client.id) throw invalid('consentId', 'is not a consent this client gave');
      if (consent.status !== 'active') throw invalid('consentId', `is ${consent.status}`);
      const unknown = share.filter((part) => !(part in shareScopes));
      if (unknown.length)
        throw invalid(
          'share',
          `unknown part(s): ${unknown.join(', ')}; choose from ${Object.keys(shareScopes).join(', ')}`,
        );
      const beyond = share.filter((part) => !consent.scope.includes(part as ShareScope));
      if (beyond.length)
        throw invalid('share', `${beyond.join(', ')} is beyond what the consent covers (${consent.scope.join(', ')})`);
      return [...new Set(share)] as ShareScope[];
    },
  };
}
