// A therapist's private clients. Every method that names a client starts with one access check
// (clients.policy.ts: another member's client is "not found"), and every read of a client's record
// is written to the audit log before the data leaves (sealed-text.ts). Consent rules live in
// client-consents.service.ts and are exposed here too, so other domains (referrals) call one service.
import type {
  AccessLogEntry,
  Client,
  ClientCreate,
  ClientPacket,
  ClientSummary,
  ClientUpdate,
  Consent,
} from '../../../contracts/clients.ts';
import { randomUUID } from 'node:crypto';
import { memberLabel, type ClientActor } from '../../access/actor.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import type { ContactsService } from '../contacts/contacts.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { clientAccessLogRepository, type AccessLogWrite } from './client-access-log.repository.ts';
import { clientConsentsService, type ReferralRecipient } from './client-consents.service.ts';
import { sealFields, toClient } from './clients.mapper.ts';
import { clientsPolicy, noSuchClient } from './clients.policy.ts';
import { clientsRepository } from './clients.repository.ts';
import { clientKeyRing } from './client-keys.ts';
import { clientLifecycle } from './client-lifecycle.ts';
import { sealedText } from './sealed-text.ts';

export type { ReferralRecipient };
export { noSuchClient };
export { ShreddedError } from './sealed-text.ts';
/** One audit entry: who (a member, or null with a label for someone without an account), did what, to whose record. */
export type ClientAccess = AccessLogWrite;
export type ClientsDeps = {
  profiles: Pick<ProfilesService, 'requireVisibleMember' | 'timeZones'>;
  contacts: Pick<ContactsService, 'requireOwned'>;
};

const iso = (value: Date | string) => new Date(value).toISOString();

export function clientsService(context: AppContext, deps: ClientsDeps) {
  const repo = clientsRepository(context.db);
  const log = clientAccessLogRepository(context.db);
  const keys = clientKeyRing(context.db, context.config.encryptionKey, context.config.previousEncryptionKeys);
  const sealed = sealedText(context.config.encryptionKey, keys, log, context.config.previousEncryptionKeys);
  const policy = clientsPolicy(repo);
  const consents = clientConsentsService({ repo, sealed, policy, ...deps });
  const recordAccess = (entry: ClientAccess) => log.append(entry);
  const lifecycle = clientLifecycle(context, {
    policy,
    sealed,
    dayOf: (userId) => consents.dayOf(userId),
    zoneOf: async (userId) => (await deps.profiles.timeZones([userId])).get(userId) ?? 'UTC',
  });

  return {
    policy,
    /** Seal and open clinical text; `open` writes the access-log row (referrals seal their packet with it). */
    sealed,

    /** The client (opened for their therapist) when the actor owns them; otherwise 404. An access check: it writes no audit row. */
    requireOwned: async (actor: Actor, clientId: string): Promise<Client> =>
      toClient(await policy.requireAccess(actor, 'clients.read', clientId), await sealed.forClient(clientId)),

    /** Export, deletion under the retention rule, destruction (client-lifecycle.ts). */
    lifecycle,
    /** Register a module's part of the export: `exportSections.register(name, { label, source: (clientId, opener) => … })`. */
    exportSections: lifecycle.exportSections,
    /** Register a reason to keep a deleted record: `retentionReasons.register('signed session notes', hasSignedNotes)`. */
    retentionReasons: lifecycle.retentionReasons,
    /** Register what to do when a deleted record is hidden: `onHide.register(name, (tx, clientId) => …)`. */
    onHide: lifecycle.onHide,

    /** Writes one row of the client-data audit log (a referral records each read of its packet). */
    recordAccess,

    async list(actor: Actor, query: { q?: string | undefined; archived: boolean }): Promise<ClientSummary[]> {
      const rows = await repo.findPage(
        actor.userId,
        { q: query.q || undefined, includeArchived: query.archived },
        await consents.dayOf(actor.userId),
      );
      return rows.map((row) => ({
        ...row,
        archivedAt: row.archivedAt ? iso(row.archivedAt) : null,
        createdAt: iso(row.createdAt),
        updatedAt: iso(row.updatedAt),
      }));
    },

    async create(actor: Actor, input: ClientCreate): Promise<Client> {
      // The id is chosen here so the client's key exists before the first sealed value is written.
      const id = randomUUID();
      const sealer = await sealed.forClient(id);
      const row = await repo.insert(actor.userId, {
        id,
        name: input.name,
        emailEnc: sealer.seal(''),
        phoneEnc: sealer.seal(''),
        dateOfBirthEnc: null,
        notesEnc: sealer.seal(''),
        ...sealFields(input, sealer.seal),
      });
      return toClient(row, sealer);
    },

    async get(actor: Actor, clientId: string): Promise<Client> {
      const row = await policy.requireAccess(actor, 'clients.read', clientId);
      return toClient(
        row,
        await sealed.open({
          clientId,
          actorUserId: actor.userId,
          actorLabel: memberLabel(actor),
          action: 'viewed the record',
        }),
      );
    },

    async update(actor: Actor, clientId: string, input: ClientUpdate): Promise<Client> {
      await policy.requireAccess(actor, 'clients.write', clientId);
      const sealer = await sealed.forClient(clientId);
      const { archived, ...fields } = input;
      const changes = {
        ...sealFields(fields, sealer.seal),
        ...(archived === undefined ? {} : { archivedAt: archived ? new Date() : null }),
      };
      // The change and its audit row land together or not at all.
      const row = await repo.inTransaction(async (tx) => {
        const changed = await clientsRepository(tx).update(actor.userId, clientId, changes);
        if (!changed) throw notFound(noSuchClient);
        await clientAccessLogRepository(tx).append({
          clientId,
          actorUserId: actor.userId,
          actorLabel: memberLabel(actor),
          action: 'changed the record',
        });
        return changed;
      });
      return toClient(row, sealer);
    },

    async accessLog(actor: Actor, clientId: string): Promise<AccessLogEntry[]> {
      await policy.requireAccess(actor, 'clients.read', clientId);
      return (await log.findForClient(clientId, 500)).map((entry) => ({ ...entry, at: iso(entry.at) }));
    },

    listConsents: consents.list,
    createConsent: consents.create,
    withdrawConsent: consents.withdraw,
    listConsentsForClient: consents.listForClient,
    withdrawConsentByClient: consents.withdrawByClient,
    /** The record as its client sees it in the portal (their name and contact details; not the therapist's notes). */
    async portalView(actor: ClientActor, clientId: string, action: string) {
      const row = await policy.requireAccess(actor, 'clients.portal', clientId);
      const open = await sealed.open({ clientId, actorUserId: null, actorLabel: 'the client', action });
      const client = toClient(row, open);
      return {
        row,
        client: {
          id: client.id,
          name: client.name,
          email: client.email,
          phone: client.phone,
          dateOfBirth: client.dateOfBirth,
        },
      };
    },
    /** The access log as the client reads it: every entry, newest first. */
    async accessLogForClient(actor: ClientActor, clientId: string) {
      const row = await policy.requireAccess(actor, 'clients.portal', clientId);
      return { ownerUserId: row.ownerUserId, entries: await log.findForClient(clientId, 500) };
    },
    /** The consent when it exists, is this client's, still stands and covers the recipient; else 400 naming consentId. */
    consentForReferral: consents.consentForReferral,
    isConsentActive: consents.isConsentActive,

    /**
     * The minimum-necessary packet for a referral: only the parts in both `share` and the consent's
     * scope (400 naming share otherwise). Building it reads the record, so it is logged.
     */
    async packetFor(actor: Actor, clientId: string, consent: Consent, share: readonly string[]): Promise<ClientPacket> {
      const row = await policy.requireAccess(actor, 'clients.read', clientId);
      const chosen = consents.chosenParts(row, consent, share);
      const open = await sealed.open({
        clientId,
        actorUserId: actor.userId,
        actorLabel: memberLabel(actor),
        action: `prepared a referral packet (${chosen.join(', ') || 'nothing'})`,
      });
      const full = toClient(row, open);
      return {
        shared: chosen,
        ...(chosen.includes('identity')
          ? { identity: { name: full.name, dateOfBirth: full.dateOfBirth, email: full.email, phone: full.phone } }
          : {}),
        ...(chosen.includes('history') ? { history: { notes: full.notes } } : {}),
      };
    },
  };
}
export type ClientsService = ReturnType<typeof clientsService>;
