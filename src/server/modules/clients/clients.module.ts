// Clients: records, consents, the access log, and the one seal/open of clinical text every module
// uses (sealed-text.ts, through `clients.sealed`).
import { defineModule } from '../module.ts';
import type { ContactsService } from '../contacts/contacts.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { registerClientLifecycleRoutes } from './client-lifecycle.routes.ts';
import { registerClientRoutes } from './clients.routes.ts';
import { clientsService } from './clients.service.ts';

export { clientRules, clientsPolicy, noSuchClient, type ClientsPermission } from './clients.policy.ts';

export const clientsModule = defineModule((context, deps: { profiles: ProfilesService; contacts: ContactsService }) => {
  const clients = clientsService(context, deps);
  return {
    name: 'clients',
    services: clients,
    register: (app) => {
      registerClientRoutes(app, context, { clients });
      registerClientLifecycleRoutes(app, context, { clients });
      // Deleted clients kept for the retention period are destroyed, with their keys, when it ends.
      context.jobs.add({
        name: 'client-destruction',
        everyMs: 60 * 60_000,
        run: (now) => clients.lifecycle.destroyDue(now),
      });
    },
  };
});
