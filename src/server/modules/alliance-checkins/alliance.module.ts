// Alliance check-ins and session feedback: questionnaires as data (Kneadwork's own CC BY 4.0
// check-in shipped; a practice loads its own), forms sent to clients, trends with a drop alert,
// practice figures and retention. Session notes call `onSigned` when a note is signed.
import type { ClientsService } from '../clients/clients.service.ts';
import { defineModule } from '../module.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import { registerAllianceRoutes } from './alliance.routes.ts';
import { allianceService, type AllianceDeps } from './alliance.service.ts';

export { noSuchCheckIn } from './alliance.service.ts';

export const allianceModule = defineModule(
  (context, deps: { clients: ClientsService; notifications: NotificationsService; plans?: AllianceDeps['plans'] }) => {
    const alliance = allianceService(context, deps);
    deps.clients.exportSections.register('check-ins', {
      label: 'Feedback and alliance check-ins',
      source: (clientId, opener) => alliance.exportFor(clientId, opener),
    });
    return {
      name: 'alliance-checkins',
      services: { alliance },
      register: (app) => registerAllianceRoutes(app, context, { alliance }),
    };
  },
);
