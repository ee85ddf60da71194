// Treatment plans: goals in the client's words with measures, and the plan made together.
import { defineModule } from '../module.ts';
import type { ClientsService } from '../clients/clients.service.ts';
import { registerTreatmentPlanRoutes } from './treatment-plans.routes.ts';
import { treatmentPlansService, type TreatmentPlansDeps } from './treatment-plans.service.ts';

export const treatmentPlansModule = defineModule(
  (context, deps: { clients: ClientsService; onClientAction?: TreatmentPlansDeps['onClientAction'] }) => {
    const plans = treatmentPlansService(context, deps);
    deps.clients.exportSections.register('goals-and-plan', {
      label: 'Goals and the plan',
      source: (clientId, opener) => plans.exportFor(clientId, opener),
    });
    return {
      name: 'treatment-plans',
      services: plans,
      register: (app) => registerTreatmentPlanRoutes(app, context, { plans }),
    };
  },
);
