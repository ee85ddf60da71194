// Referring a client: create (client mine, recipient resolved, consent covering them, the packet
// sealed), the inbox and outbox, and one referral with its timeline. Every method that names a
// referral starts with one access check (referrals.policy.ts); every read of the packet is written
// to the client's access log (clients' sealed text); the recipient sees it only while consent stands.
import { createHash } from 'node:crypto';
import type {
  Referral,
  ReferralCreate,
  ReferralList,
  ReferralListQuery,
  ReferralSide,
} from '../../../contracts/referrals.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, invalid, notFound } from '../../http/errors.ts';
import { ShreddedError, type ClientsService } from '../clients/clients.service.ts';
import { idempotencyKeysRepository, type IdempotencyKey } from './idempotency-keys.repository.ts';
import { defaultZoneFor, isRecipientZone, type RecipientZone } from './recipient-zones.ts';
import { referralClients } from './referral-clients.ts';
import { referralLinks } from './referral-links.service.ts';
import { referralRecipients, type RecipientDeps } from './referral-recipient.ts';
import { allowedFor, partyIdsOf, toEvent, toSummary } from './referrals.mapper.ts';
import { noSuchReferral, referralsPolicy, sideOf, type ReferralActor } from './referrals.policy.ts';
import { referralsRepository, type ReferralRow } from './referrals.repository.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';

/** Who is looking: a member on one side, or the external recipient holding the link. */
export type ReferralViewer = { side: ReferralSide; userId: string | null; label: string };
export { noSuchReferral };

export type ReferralsDeps = RecipientDeps & {
  profiles: Pick<ProfilesService, 'memberCards' | 'getOwn'>;
  clients: ClientsService;
  notifications: Pick<NotificationsService, 'transaction'>;
};

/** The request as validated (zod keeps the schema's key order), hashed: what an Idempotency-Key is tied to. */
const hashOf = (input: ReferralCreate) => createHash('sha256').update(JSON.stringify(input)).digest('hex');

const idempotencyKeyReused = () =>
  new AppError(
    'idempotency_key_reused',
    'Idempotency-Key: this key was already used with a different request; send a new key for a new referral',
    [{ field: 'Idempotency-Key', message: 'was already used with a different request' }],
  );

/** A create's answer, and whether it is the answer to an earlier request with the same Idempotency-Key. */
export type Created = { referral: Referral; replayed: boolean };

/** A deleted client's value: their key is gone, so there is nothing to show (null), never an error page. */
function unlessShredded(open: () => string): string | null {
  try {
    return open();
  } catch (error) {
    if (error instanceof ShreddedError) return null;
    throw error;
  }
}

export const viewerOf = (actor: ReferralActor, row: ReferralRow): ReferralViewer =>
  actor.kind === 'member'
    ? { side: sideOf(actor, row), userId: actor.userId, label: actor.name }
    : { side: 'recipient', userId: null, label: `external:${actor.sentTo}` };

export function referralsService(context: AppContext, deps: ReferralsDeps) {
  const repo = referralsRepository(context.db);
  const policy = referralsPolicy(repo);
  const clients = referralClients(deps.clients);
  const { sealed } = clients;
  const links = referralLinks(context);
  const recipients = referralRecipients(deps);

  async function present(row: ReferralRow, actor: ReferralActor): Promise<Referral> {
    const viewer = viewerOf(actor, row);
    const [parties, events, consentActive, clientExists, link] = await Promise.all([
      deps.profiles.memberCards(partyIdsOf([row])),
      repo.events(row.id),
      clients.isConsentActive(row.consentId),
      clients.exists(row.clientId),
      viewer.side === 'referrer' && !row.toUserId ? links.stateOf(row.id) : Promise.resolve(null),
    ]);
    // Consent withdrawn (or expired): the referrer keeps what was shared as the record of the
    // disclosure, marked withdrawn; the recipient — member or link holder — sees no clinical or
    // identifying text any more (docs/decisions/010-notifications-and-consent-withdrawal.md).
    const withheld = !consentActive && viewer.side === 'recipient';
    // The client was deleted: their key is destroyed (crypto-shredding), so neither side can read
    // anything about them; the referral itself stays, saying so.
    const opener =
      withheld || !clientExists
        ? null
        : await sealed.open({
            clientId: row.clientId,
            actorUserId: viewer.userId,
            actorLabel: viewer.label,
            action: 'referral.packet.read',
            referralId: row.id,
          });
    const packet = opener ? opener.json<Record<string, unknown>>(row.packetEnc) : null;
    // The recipient learns the client's name only when identity was shared; the referrer knows it.
    const sharedName = (packet?.identity as { name?: unknown } | undefined)?.name;
    const clientName =
      viewer.side === 'referrer' && opener
        ? opener.text(row.clientNameEnc)
        : typeof sharedName === 'string'
          ? sharedName
          : null;
    const outcome =
      row.outcomeEnc && opener ? opener.json<{ findings: string; recommendations: string }>(row.outcomeEnc) : null;
    const open = (value: string) => (opener ? opener.text(value) : '');
    return {
      ...toSummary(row, parties, viewer.side, clientName),
      reasonClinical: open(row.reasonClinicalEnc),
      reasonPlain: open(row.reasonPlainEnc),
      whatIDid: open(row.whatIDidEnc),
      observations: open(row.observationsEnc),
      packet: {
        state: !clientExists ? 'deleted' : consentActive ? 'active' : 'withdrawn',
        share: row.share,
        data: packet,
      },
      appointmentAt: row.appointmentAt?.toISOString() ?? null,
      outcome: outcome
        ? { ...outcome, okToResumeMassage: (row.okToResumeMassage as 'yes' | 'no' | 'with-precautions' | null) ?? null }
        : null,
      allowedTransitions: allowedFor(row.status, viewer.side),
      link,
      // Timeline notes (reasons, thank-yous) may speak of the client: withheld with the rest.
      timeline: events.map((event) => toEvent(event, event.noteEnc ? open(event.noteEnc) : '')),
    };
  }

  /**
   * The referral an earlier request with this key made, shown as then; null when the key is new.
   * The same key with a different request is refused (422): it is a client's mistake, and
   * answering with the first referral would hide it.
   */
  async function replay(key: IdempotencyKey | null, requestHash: string, actor: Actor): Promise<Referral | null> {
    const earlier = key && (await idempotencyKeysRepository(context.db).find(key));
    if (!earlier?.resourceId) return null;
    if (earlier.requestHash !== null && earlier.requestHash !== requestHash) throw idempotencyKeyReused();
    return present(await policy.requireAccess(actor, 'referrals.read', earlier.resourceId), actor);
  }

  return {
    policy,
    present,

    /**
     * `idempotencyKey`: a retried request with the same key from the same member gets the referral
     * the first one made (`replayed`), never a second one; the key is stored with the referral.
     */
    async create(actor: Actor, input: ReferralCreate, idempotencyKey?: string): Promise<Created> {
      const key = idempotencyKey ? { scope: 'referral.create', userId: actor.userId, key: idempotencyKey } : null;
      const requestHash = hashOf(input);
      const earlier = await replay(key, requestHash, actor);
      if (earlier) return { referral: earlier, replayed: true };
      const clientName = await clients.requireOwnedName(actor, input.clientId);
      // What I did and observed is about the client too: it goes only with the consent's "observations" part.
      if ((input.whatIDid || input.observations) && !input.share.includes('observations')) {
        throw invalid(
          input.observations ? 'observations' : 'whatIDid',
          'is shared only with "observations" in share (and a consent covering it)',
        );
      }
      const recipient = await recipients.resolve(actor, input);
      await deps.profiles.getOwn(actor); // the recipient sees the referrer by their profile: make sure there is one
      const packet = await clients.packet(
        actor,
        input.clientId,
        input.consentId,
        recipient.toUserId
          ? { userId: recipient.toUserId, profession: recipient.profession }
          : { contactId: recipient.toContactId!, profession: recipient.profession },
        input.share,
      );
      const sealer = await sealed.forClient(input.clientId);
      // The referral, its idempotency key and the recipient's notice commit together (the notice
      // goes live after the commit).
      const row = await deps.notifications.transaction(async (tx, notices) => {
        if (key && !(await idempotencyKeysRepository(tx).claim(key, requestHash))) return null;
        const inserted = await referralsRepository(tx).insert(
          {
            fromUserId: actor.userId,
            toUserId: recipient.toUserId,
            toContactId: recipient.toContactId,
            redirectedFromUserId: recipient.redirectedFromUserId,
            recipientName: recipient.name,
            recipientProfession: recipient.profession,
            recipientEmail: recipient.email,
            clientId: input.clientId,
            consentId: input.consentId,
            urgency: input.urgency,
            specialty: input.specialty,
            share: input.share,
            clientNameEnc: sealer.seal(clientName),
            reasonClinicalEnc: sealer.seal(input.reasonClinical),
            reasonPlainEnc: sealer.seal(input.reasonPlain),
            whatIDidEnc: sealer.seal(input.whatIDid),
            observationsEnc: sealer.seal(input.observations),
            packetEnc: sealer.sealJson(packet),
          },
          { kind: 'sent', actorUserId: actor.userId, actorLabel: actor.name, noteEnc: '' },
        );
        if (key) await idempotencyKeysRepository(tx).settle(key, inserted.id);
        if (inserted.toUserId) {
          await notices.notify({
            userId: inserted.toUserId,
            kind: 'referral.received',
            actor: actor.name,
            subject: { type: 'referral', id: inserted.id },
            facts: { urgency: input.urgency, redirected: inserted.redirectedFromUserId !== null },
            dedupeKey: `referral.received:${inserted.id}`,
          });
        }
        return inserted;
      });
      // A request racing with the same key lost the claim: answer with what the winner made.
      if (!row) return { referral: (await replay(key, requestHash, actor))!, replayed: true };
      if (!row.toUserId && row.recipientEmail) {
        await links.issue(row, actor);
      }
      return { referral: await present(row, actor), replayed: false };
    },

    async list(actor: Actor, query: ReferralListQuery): Promise<ReferralList> {
      const { rows, total } = await repo.list({
        userId: actor.userId,
        box: query.box,
        status: query.status,
        urgency: query.urgency,
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      const parties = await deps.profiles.memberCards(partyIdsOf(rows));
      const side = query.box === 'inbox' ? 'recipient' : 'referrer';
      // The referrer's own client's name in their outbox: not a read of the record.
      const own = await sealed.forAuthor(side === 'referrer' ? rows.map((row) => row.clientId) : []);
      return {
        items: rows.map((row) =>
          toSummary(row, parties, side, side === 'referrer' ? unlessShredded(() => own.text(row.clientNameEnc)) : null),
        ),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async get(actor: ReferralActor, id: string): Promise<Referral> {
      return present(await policy.requireAccess(actor, 'referrals.read', id), actor);
    },

    /** The zone the emailed page shows times in: the one the recipient chose, else the referrer's region's. */
    async zoneFor(actor: ReferralActor, id: string, chosen: unknown): Promise<RecipientZone> {
      const row = await policy.requireAccess(actor, 'referrals.read', id);
      return isRecipientZone(chosen) ? chosen : defaultZoneFor(await repo.regionOf(row.fromUserId));
    },

    /** Re-issues the emailed link of an external referral (the old one stops working). */
    async reissueLink(actor: Actor, id: string) {
      const row = await policy.requireAccess(actor, 'referrals.read', id);
      if (!policy.can(actor, 'referrals.manage-link', row)) throw notFound('No such referral link');
      if (!row.recipientEmail)
        throw new AppError('conflict', 'This recipient has no email address: print the referral letter instead');
      return links.issue(row, actor);
    },

    async revokeLink(actor: Actor, id: string) {
      const row = await policy.requireAccess(actor, 'referrals.read', id);
      if (!policy.can(actor, 'referrals.manage-link', row)) throw notFound('No such referral link');
      await links.revoke(row.id, actor);
      const state = await links.stateOf(row.id);
      if (!state) throw notFound('This referral has no link');
      return state;
    },
  };
}
export type ReferralsService = ReturnType<typeof referralsService>;
