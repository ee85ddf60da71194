// Contacts: my list of professionals, the interaction log, follow-ups (and their daily digest),
// import and export, and suggestions near me (through the directory's search).
import type { DirectoryService } from '../directory/directory.service.ts';
import { defineModule } from '../module.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { contactInteractionsService } from './contact-interactions.service.ts';
import { contactSuggestionsService } from './contact-suggestions.service.ts';
import { contactsExportService } from './contacts-export.service.ts';
import { contactsImportService } from './contacts-import.service.ts';
import { registerContactRoutes } from './contacts.routes.ts';
import { contactsService, type ContactsService } from './contacts.service.ts';
import { followUpsService } from './follow-ups.service.ts';

export { contactRules, contactsPolicy, noSuchContact, type ContactsPermission } from './contacts.policy.ts';

function buildContacts(
  context: Parameters<typeof contactsService>[0],
  deps: { profiles: ProfilesService; directory: DirectoryService },
) {
  const contacts: ContactsService = contactsService(context, deps);
  return {
    contacts,
    interactions: contactInteractionsService(context, { contacts }),
    followUps: followUpsService(context),
    suggestions: contactSuggestionsService(context, { ...deps, contacts }),
    imports: contactsImportService(context),
    exports: contactsExportService(context),
  };
}
export type ContactsServices = ReturnType<typeof buildContacts>;

export const contactsModule = defineModule(
  (context, deps: { profiles: ProfilesService; directory: DirectoryService }) => {
    const services = buildContacts(context, deps);
    return {
      name: 'contacts',
      services,
      register: (app) => registerContactRoutes(app, context, services),
    };
  },
);
