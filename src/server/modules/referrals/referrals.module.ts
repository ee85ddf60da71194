// Referrals: refer a client with consent, the closed loop, thanks, the emailed /r/<token> page for
// a recipient without an account, the printable letter and outcome, suggestions and reminders.
import type { ClientsService } from '../clients/clients.service.ts';
import type { ContactsService } from '../contacts/contacts.service.ts';
import type { AwayService } from '../cover/away.service.ts';
import type { DirectoryService } from '../directory/directory.service.ts';
import { defineModule } from '../module.ts';
import type { NetworkService } from '../network/network.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { referralDocuments } from './referral-documents.service.ts';
import { referralLinks } from './referral-links.service.ts';
import { referralSuggestionsService } from './referral-suggestions.service.ts';
import { referralTransitionsService } from './referral-transitions.service.ts';
import { scheduleReferralReminders } from './referral-reminders.ts';
import { registerReferralRoutes } from './referrals.routes.ts';
import { referralsService } from './referrals.service.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';

export {
  noSuchReferral,
  referralRules,
  referralsPolicy,
  sideOf,
  type ReferralActor,
  type ReferralLinkHolder,
  type ReferralsPermission,
} from './referrals.policy.ts';

export type ReferralsModuleDeps = {
  profiles: ProfilesService;
  contacts: ContactsService;
  clients: ClientsService;
  directory: DirectoryService;
  away: AwayService;
  network: NetworkService;
  /** A write and its notices in one transaction; the notices go live after the commit. */
  notifications: Pick<NotificationsService, 'transaction'>;
};

function buildReferrals(context: Parameters<typeof referralsService>[0], deps: ReferralsModuleDeps) {
  const referrals = referralsService(context, deps);
  return {
    referrals,
    links: referralLinks(context),
    transitions: referralTransitionsService(context, {
      referrals,
      notifications: deps.notifications,
      // A note on a deleted client's referral is sealed as shredded: no key is made for them again.
      sealed: { forClient: (clientId) => deps.clients.lifecycle.sealerFor(clientId) },
    }),
    suggestions: referralSuggestionsService(context, deps),
    documents: referralDocuments(context, { referrals, profiles: deps.profiles }),
  };
}
export type ReferralsServices = ReturnType<typeof buildReferrals>;

export const referralsModule = defineModule((context, deps: ReferralsModuleDeps) => {
  const services = buildReferrals(context, deps);
  return {
    name: 'referrals',
    services,
    register(app) {
      registerReferralRoutes(app, context, services);
      scheduleReferralReminders(context, deps);
    },
  };
});
