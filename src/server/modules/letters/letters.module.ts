// Letters of introduction: templates, drafts, the PDF and print view, and delivery (email with
// attachments, or by hand). A letter's email counts as an introduction when the outbox reports it.
import type { ContactsService } from '../contacts/contacts.service.ts';
import { defineModule } from '../module.ts';
import type { OffersService } from '../offers/offers.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { letterDeliveryService } from './letter-delivery.service.ts';
import { letterTemplatesService } from './letter-templates.service.ts';
import { registerLetterRoutes } from './letters.routes.ts';
import { lettersService } from './letters.service.ts';

export { letterRules, lettersPolicy, noSuchLetter, type LettersPermission } from './letters.policy.ts';

type LettersDeps = { profiles: ProfilesService; contacts: ContactsService; offers: OffersService };

function buildLetters(context: Parameters<typeof lettersService>[0], deps: LettersDeps) {
  const templates = letterTemplatesService(context);
  const letters = lettersService(context, { ...deps, templates });
  return { templates, letters, delivery: letterDeliveryService(context, { ...deps, letters }) };
}
export type LettersServices = ReturnType<typeof buildLetters>;

export const lettersModule = defineModule((context, deps: LettersDeps) => {
  const services = buildLetters(context, deps);
  return {
    name: 'letters',
    services,
    register(app) {
      context.mailer.onDelivery('letter', (report) => services.delivery.onMailDelivery(report));
      registerLetterRoutes(app, context, services);
    },
  };
});
