// A therapist's private clients. Every method checks first that the client is the actor's (another
// member's client is "not found"), and every read of a client's record is written to the audit log
// before the data leaves. Consent rules live in client-consents.service.ts and are exposed here too,
// so other domains (referrals) call one service.
import type { AccessLogEntry, Client, ClientCreate, ClientPacket, ClientSummary, ClientUpdate, Consent } from '../../../contracts/clients.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { clientAccessLogRepository, type AccessLogWrite } from './client-access-log.repository.ts';
import { clientConsentsService, type ReferralRecipient } from './client-consents.service.ts';
import { clientViews } from './client-views.ts';
import { clientsRepository } from './clients.repository.ts';

export type { ReferralRecipient };
/** One audit entry: who (a member, or null with a label for someone without an account), did what, to whose record. */
export type ClientAccess = AccessLogWrite;

const iso = (value: Date | string) => new Date(value).toISOString();
const labelOf = (actor: Pick<Actor, 'name' | 'email'>) => actor.name || actor.email;

/** What anyone but the therapist is told about a client (anonymous callers too: actors.requiredForRecord). */
export const noSuchClient = 'No such client';

export function clientsService(context: AppContext) {
  const repo = clientsRepository(context.db);
  const log = clientAccessLogRepository(context.db);
  const views = clientViews(context.config.encryptionKey);

  async function requireOwnedRow(actor: Pick<Actor, 'userId'>, clientId: string) {
    const row = await repo.findOwned(actor.userId, clientId);
    if (!row) throw notFound(noSuchClient);
    return row;
  }
  const consents = clientConsentsService(context, { repo, views, requireOwnedRow });
  const recordAccess = (entry: ClientAccess) => log.append(entry);

  return {
    /** The client (decrypted) when the actor owns them; otherwise 404. An access check: it writes no audit row. */
    requireOwned: async (actor: Pick<Actor, 'userId'>, clientId: string): Promise<Client> => views.toClient(await requireOwnedRow(actor, clientId)),

    /** Writes one row of the client-data audit log (a referral records each read of its packet). */
    recordAccess,

    async list(actor: Actor, query: { q?: string | undefined; archived: boolean }): Promise<ClientSummary[]> {
      const rows = await repo.findPage(actor.userId, { q: query.q || undefined, includeArchived: query.archived });
      return rows.map((row) => ({ ...row, archivedAt: row.archivedAt ? iso(row.archivedAt) : null, createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt) }));
    },

    async create(actor: Actor, input: ClientCreate): Promise<Client> {
      const row = await repo.insert(actor.userId, {
        name: input.name,
        emailEnc: views.seal(''),
        phoneEnc: views.seal(''),
        dateOfBirthEnc: null,
        notesEnc: views.seal(''),
        ...views.sealFields(input),
      });
      return views.toClient(row);
    },

    async get(actor: Actor, clientId: string): Promise<Client> {
      const client = views.toClient(await requireOwnedRow(actor, clientId));
      await recordAccess({ clientId, actorUserId: actor.userId, actorLabel: labelOf(actor), action: 'viewed the record' });
      return client;
    },

    async update(actor: Actor, clientId: string, input: ClientUpdate): Promise<Client> {
      await requireOwnedRow(actor, clientId);
      const { archived, ...fields } = input;
      const changes = { ...views.sealFields(fields), ...(archived === undefined ? {} : { archivedAt: archived ? new Date() : null }) };
      // The change and its audit row land together or not at all.
      const row = await repo.inTransaction(async (tx) => {
        const changed = await clientsRepository(tx).update(actor.userId, clientId, changes);
        if (!changed) throw notFound(noSuchClient);
        await clientAccessLogRepository(tx).append({ clientId, actorUserId: actor.userId, actorLabel: labelOf(actor), action: 'changed the record' });
        return changed;
      });
      return views.toClient(row);
    },

    async accessLog(actor: Actor, clientId: string): Promise<AccessLogEntry[]> {
      await requireOwnedRow(actor, clientId);
      return (await log.findForClient(clientId, 500)).map((entry) => ({ ...entry, at: iso(entry.at) }));
    },

    listConsents: consents.list,
    createConsent: consents.create,
    withdrawConsent: consents.withdraw,
    /** The consent when it exists, is this client's, still stands and covers the recipient; else 400 naming consentId. */
    consentForReferral: consents.consentForReferral,
    isConsentActive: consents.isConsentActive,

    /**
     * The minimum-necessary packet for a referral: only the parts in both `share` and the consent's
     * scope (400 naming share otherwise). Building it reads the record, so it is logged.
     */
    async packetFor(actor: Actor, clientId: string, consent: Consent, share: readonly string[]): Promise<ClientPacket> {
      const row = await requireOwnedRow(actor, clientId);
      const packet = consents.packetOf(row, consent, share);
      await recordAccess({ clientId, actorUserId: actor.userId, actorLabel: labelOf(actor), action: `prepared a referral packet (${packet.shared.join(', ') || 'nothing'})` });
      return packet;
    },
  };
}
export type ClientsService = ReturnType<typeof clientsService>;
