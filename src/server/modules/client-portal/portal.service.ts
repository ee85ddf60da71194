// What a signed-in client sees: their records (one per therapist who invited them, never merged),
// one record's page, their consents (withdraw one), and who has read their record. Every method
// checks `clients.portal` first: a record that is not theirs is the same 404 as none.
import type { ClientActor } from '../../access/actor.ts';
import type { Consent } from '../../../contracts/clients.ts';
import type { PortalAccessLog, PortalRecord, PortalSession } from '../../../contracts/portal.ts';
import type { ClientsService } from '../clients/clients.service.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { plainAccessLog } from './access-log-words.ts';

export type PortalServiceDeps = {
  clients: ClientsService;
  profiles: Pick<ProfilesService, 'memberCards'>;
  notifications: Pick<NotificationsService, 'transaction'>;
  idleMinutes: number;
};

const cardOf = (card: { slug: string; displayName: string; profession: string } | undefined) =>
  card ? { slug: card.slug, displayName: card.displayName, profession: card.profession } : null;

export function portalService({ clients, profiles, notifications, idleMinutes }: PortalServiceDeps) {
  return {
    async session(actor: ClientActor, hasPassword: boolean): Promise<PortalSession> {
      const cards = await profiles.memberCards(actor.records.map((record) => record.memberUserId));
      return {
        email: actor.email,
        hasPassword,
        idleMinutes,
        records: actor.records.map((record) => ({
          clientId: record.clientId,
          therapist: cardOf(cards.get(record.memberUserId)),
        })),
      };
    },

    async record(actor: ClientActor, clientId: string): Promise<PortalRecord> {
      const { row, client } = await clients.portalView(actor, clientId, 'opened their portal');
      const cards = await profiles.memberCards([row.ownerUserId]);
      return {
        clientId,
        therapist: cardOf(cards.get(row.ownerUserId)),
        me: { name: client.name, email: client.email, phone: client.phone, dateOfBirth: client.dateOfBirth },
      };
    },

    async accessLog(actor: ClientActor, clientId: string): Promise<PortalAccessLog> {
      const { ownerUserId, entries } = await clients.accessLogForClient(actor, clientId);
      const readers = [...new Set(entries.flatMap((entry) => (entry.actorUserId ? [entry.actorUserId] : [])))];
      const cards = await profiles.memberCards(readers);
      const names = new Map([...cards].map(([id, card]) => [id, card.displayName]));
      const therapistName = names.get(ownerUserId) ?? 'your therapist';
      return { items: plainAccessLog(entries, { userId: ownerUserId, name: therapistName }, names) };
    },

    consents: (actor: ClientActor, clientId: string): Promise<Consent[]> =>
      clients.listConsentsForClient(actor, clientId),

    /** Withdrawn at once, and the therapist told in the same transaction (the notice names no one). */
    async withdrawConsent(actor: ClientActor, clientId: string, consentId: string, reason: string) {
      const client = await clients.policy.requireAccess(actor, 'clients.portal', clientId);
      await notifications.transaction(async (tx, notices) => {
        await clients.withdrawConsentByClient(tx, client, consentId, reason);
        await notices.notify({
          userId: client.ownerUserId,
          kind: 'client.consent-withdrawn',
          actor: 'A client',
          subject: { type: 'client', id: clientId },
        });
      });
      return clients.listConsentsForClient(actor, clientId);
    },
  };
}
export type PortalService = ReturnType<typeof portalService>;
