// Referring a client: create (client mine, recipient resolved, consent covering them, the packet
// sealed), the inbox and outbox, and one referral with its timeline. Every read of the packet is
// written to the client's access log; the recipient sees it only while consent stands.
import type { Referral, ReferralCreate, ReferralList, ReferralListQuery, ReferralSide } from '../../../contracts/referrals.ts';
import type { AppContext } from '../../context.ts';
import type { MemberServices } from '../index.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, invalid, notFound } from '../../http/errors.ts';
import { notificationsService } from '../notifications/notifications.service.ts';
import { referralClients } from './referral-clients.ts';
import { referralLinks } from './referral-links.service.ts';
import { referralRecipients } from './referral-recipient.ts';
import { referralSealer } from './referral-sealing.ts';
import { allowedFor, partyIdsOf, toEvent, toSummary } from './referrals.mapper.ts';
import { referralsRepository, type ReferralRow } from './referrals.repository.ts';

/** Who is looking: a member on one side, or the external recipient holding the link. */
export type ReferralViewer = { side: ReferralSide; userId: string | null; label: string };

/** What anyone but the two parties is told about a referral (anonymous callers too: actors.requiredForRecord). */
export const noSuchReferral = 'No such referral';

export function referralsService(context: AppContext, services: MemberServices) {
  const repo = referralsRepository(context.db);
  const sealer = referralSealer(context.config);
  const clients = referralClients(context);
  const links = referralLinks(context);
  const recipients = referralRecipients(context, repo, services);

  /** The referral and the caller's side; 404 for anyone who is neither referrer nor member recipient. */
  async function requireParty(actor: Pick<Actor, 'userId'>, id: string): Promise<{ row: ReferralRow; side: ReferralSide }> {
    const row = await repo.findForParty(actor.userId, id);
    if (!row) throw notFound(noSuchReferral);
    return { row, side: row.fromUserId === actor.userId ? 'referrer' : 'recipient' };
  }

  async function present(row: ReferralRow, viewer: ReferralViewer): Promise<Referral> {
    const [parties, events, consentActive, link] = await Promise.all([
      repo.parties(partyIdsOf([row])),
      repo.events(row.id),
      clients.isConsentActive(row.consentId),
      viewer.side === 'referrer' && !row.toUserId ? links.stateOf(row.id) : Promise.resolve(null),
    ]);
    // Consent withdrawn (or expired): the referrer keeps what was shared as the record of the
    // disclosure, marked withdrawn; the recipient — member or link holder — sees no clinical or
    // identifying text any more (docs/decisions/010-notifications-and-consent-withdrawal.md).
    const withheld = !consentActive && viewer.side === 'recipient';
    const showPacket = !withheld;
    if (showPacket) await clients.recordAccess({ clientId: row.clientId, actorUserId: viewer.userId, actorLabel: viewer.label, action: 'referral.packet.read', referralId: row.id });
    const packet = showPacket ? sealer.openJson<Record<string, unknown>>(row.packetEnc) : null;
    // The recipient learns the client's name only when identity was shared; the referrer knows it.
    const sharedName = (packet?.identity as { name?: unknown } | undefined)?.name;
    const clientName = viewer.side === 'referrer' ? sealer.open(row.clientNameEnc) : typeof sharedName === 'string' ? sharedName : null;
    const outcome = row.outcomeEnc && !withheld ? sealer.openJson<{ findings: string; recommendations: string }>(row.outcomeEnc) : null;
    const open = (value: string) => (withheld ? '' : sealer.open(value));
    return {
      ...toSummary(row, parties, viewer.side, clientName),
      reasonClinical: open(row.reasonClinicalEnc),
      reasonPlain: open(row.reasonPlainEnc),
      whatIDid: open(row.whatIDidEnc),
      observations: open(row.observationsEnc),
      packet: { state: consentActive ? 'active' : 'withdrawn', share: row.share, data: packet },
      appointmentAt: row.appointmentAt?.toISOString() ?? null,
      outcome: outcome ? { ...outcome, okToResumeMassage: (row.okToResumeMassage as 'yes' | 'no' | 'with-precautions' | null) ?? null } : null,
      allowedTransitions: allowedFor(row.status, viewer.side),
      link,
      // Timeline notes (reasons, thank-yous) may speak of the client: withheld with the rest.
      timeline: events.map((event) => toEvent(event, event.noteEnc ? open(event.noteEnc) : '')),
    };
  }

  return {
    requireParty,
    present,

    async create(actor: Actor, input: ReferralCreate): Promise<Referral> {
      const clientName = await clients.requireOwnedName(actor, input.clientId);
      // What I did and observed is about the client too: it goes only with the consent's "observations" part.
      if ((input.whatIDid || input.observations) && !input.share.includes('observations')) {
        throw invalid(input.observations ? 'observations' : 'whatIDid', 'is shared only with "observations" in share (and a consent covering it)');
      }
      const recipient = await recipients.resolve(actor, input);
      const packet = await clients.packet(actor, input.clientId, input.consentId, recipient.toUserId ? { userId: recipient.toUserId, profession: recipient.profession } : { contactId: recipient.toContactId!, profession: recipient.profession }, input.share);
      // The referral and the recipient's notice commit together.
      const row = await repo.inTransaction(async (tx) => {
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
        if (inserted.toUserId) {
          await notificationsService({ ...context, db: tx }).notify({
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
      if (!row.toUserId && row.recipientEmail) {
        await links.issue(row, actor);
      }
      return present(row, { side: 'referrer', userId: actor.userId, label: actor.name });
    },

    async list(actor: Pick<Actor, 'userId'>, query: ReferralListQuery): Promise<ReferralList> {
      const { rows, parties, total } = await repo.list({ userId: actor.userId, box: query.box, status: query.status, urgency: query.urgency, limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
      // Redirected referrals also name the away member; rare, so looked up only when present.
      const redirectedFrom = rows.map((row) => row.redirectedFromUserId).filter((id): id is string => id !== null && !parties.has(id));
      if (redirectedFrom.length) for (const [id, party] of await repo.parties(redirectedFrom)) parties.set(id, party);
      const side = query.box === 'inbox' ? 'recipient' : 'referrer';
      return { items: rows.map((row) => toSummary(row, parties, side, side === 'referrer' ? sealer.open(row.clientNameEnc) : null)), total, page: query.page, pageSize: query.pageSize };
    },

    async get(actor: Actor, id: string): Promise<Referral> {
      const { row, side } = await requireParty(actor, id);
      return present(row, { side, userId: actor.userId, label: actor.name });
    },

    /** Re-issues the emailed link of an external referral (the old one stops working). */
    async reissueLink(actor: Actor, id: string) {
      const { row, side } = await requireParty(actor, id);
      if (side !== 'referrer' || row.toUserId) throw notFound('No such referral link');
      if (!row.recipientEmail) throw new AppError('conflict', 'This recipient has no email address: print the referral letter instead');
      return links.issue(row, actor);
    },

    async revokeLink(actor: Actor, id: string) {
      const { row, side } = await requireParty(actor, id);
      if (side !== 'referrer' || row.toUserId) throw notFound('No such referral link');
      await links.revoke(row.id, actor);
      const state = await links.stateOf(row.id);
      if (!state) throw notFound('This referral has no link');
      return state;
    },
  };
}
export type ReferralsService = ReturnType<typeof referralsService>;
