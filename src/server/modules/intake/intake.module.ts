// Intake: forms as data and each client's answers (sealed), with the flags they raise.
import { defineModule } from '../module.ts';
import type { ClientsService } from '../clients/clients.service.ts';
import type { ScopeGuideService } from '../scope-guide/scope-guide.service.ts';
import { registerIntakeRoutes } from './intake.routes.ts';
import { intakeService, type IntakeDeps } from './intake.service.ts';

export const intakeModule = defineModule(
  (
    context,
    deps: { clients: ClientsService; guide: ScopeGuideService; onClientSubmitted?: IntakeDeps['onClientSubmitted'] },
  ) => {
    const intake = intakeService(context, deps);
    deps.clients.exportSections.register('intake', {
      label: 'Intake',
      source: (clientId, opener) => intake.exportFor(clientId, opener),
    });
    return {
      name: 'intake',
      services: intake,
      register: (app) => registerIntakeRoutes(app, context, { intake }),
    };
  },
);
