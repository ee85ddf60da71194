// Session notes: SOAP notes signed and locked, amendments, parts shared with the client, and the
// progress figures they record. Signing hands over to the alliance check-ins (deps.onSigned).
import type { ClientsService } from '../clients/clients.service.ts';
import { defineModule } from '../module.ts';
import { registerSessionNoteRoutes } from './session-notes.routes.ts';
import { sessionNotesService, type SessionNotesDeps, type SignHook } from './session-notes.service.ts';

export { noSuchSessionNote, type SignHook, type SignedSession } from './session-notes.service.ts';

export const sessionNotesModule = defineModule(
  (context, deps: { clients: ClientsService; onSigned?: SignHook; goals?: SessionNotesDeps['goals'] }) => {
    const notes = sessionNotesService(context, deps);
    deps.clients.exportSections.register('sessions', {
      label: 'Session notes',
      source: (clientId, opener) => notes.exportFor(clientId, opener),
    });
    deps.clients.retentionReasons.register('signed session notes', (clientId) => notes.hasSignedNotes(clientId));
    return {
      name: 'session-notes',
      services: { notes },
      register: (app) => registerSessionNoteRoutes(app, context, { notes }),
    };
  },
);
