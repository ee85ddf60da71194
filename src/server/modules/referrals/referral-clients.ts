// The one place referrals meet the clients domain: whose client it is, which consent covers the
// recipient, the minimum-necessary packet, whether consent still stands, and the sealed text (whose
// `open` writes the client's access log).
import type { Actor } from '../../http/actor.ts';
import type { ClientsService, ReferralRecipient } from '../clients/clients.service.ts';

export function referralClients(clients: ClientsService) {
  return {
    sealed: clients.sealed,
    /** The client's name; 404 when the client is not the actor's. */
    requireOwnedName: async (actor: Actor, clientId: string): Promise<string> =>
      (await clients.requireOwned(actor, clientId)).name,
    /** The packet the consent allows for this recipient; 400 naming consentId (or share) when it does not cover them. */
    async packet(
      actor: Actor,
      clientId: string,
      consentId: string,
      recipient: ReferralRecipient,
      share: string[],
    ): Promise<Record<string, unknown>> {
      const consent = await clients.consentForReferral(actor, clientId, consentId, recipient);
      return clients.packetFor(actor, clientId, consent, share);
    },
    isConsentActive: (consentId: string): Promise<boolean> => clients.isConsentActive(consentId),
    /** False once the client was destroyed (their key with them): nothing sealed for them opens any more. */
    exists: (clientId: string): Promise<boolean> => clients.lifecycle.exists(clientId),
  };
}
export type ReferralClients = ReturnType<typeof referralClients>;
