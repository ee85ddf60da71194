// /api/clients/{id}/sessions: SOAP notes (draft, sign, amend, share) and /api/clients/{id}/progress.
// Private to the therapist: anyone else gets 404 "No such client", as for a client that does not exist.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  amendmentCreateSchema,
  noteShareSchema,
  progressSchema,
  sessionNoteCreateSchema,
  sessionNoteListSchema,
  sessionNoteSchema,
  sessionNoteUpdateSchema,
  sharedNoteListSchema,
} from '../../../contracts/sessions.ts';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../http/errors.ts';
import { memberRouteOptions, portalRouteOptions } from '../../http/route-docs.ts';
import { noSuchClient } from '../clients/clients.service.ts';
import type { SessionNotesService } from './session-notes.service.ts';

const member = memberRouteOptions(['sessions']);
const byClient = z.object({ id: z.uuid('must be a client id') });
const client = portalRouteOptions(['portal', 'portal-forms']);
const byRecord = z.object({ clientId: z.uuid('must be a client id') });
const bySession = byClient.extend({ sessionId: z.uuid('must be a session note id') });

export function registerSessionNoteRoutes(
  base: FastifyInstance,
  { actors }: AppContext,
  { notes }: { notes: SessionNotesService },
) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const who = (request: Parameters<typeof actors.requiredForRecord>[0]) =>
    actors.requiredForRecord(request, noSuchClient);

  app.post(
    '/api/clients/:id/sessions',
    member({
      summary: 'Log a session (SOAP note, measures before and after); a draft, or signed at once with sign: true',
      params: byClient,
      body: sessionNoteCreateSchema,
      response: { 201: sessionNoteSchema },
    }),
    async (request, reply) =>
      reply.status(201).send(await notes.create(await who(request), request.params.id, request.body)),
  );

  app.get(
    '/api/clients/:id/sessions',
    member({
      summary: 'The client’s session notes, newest first, with their amendments (a logged read)',
      params: byClient,
      response: { 200: sessionNoteListSchema },
    }),
    async (request) => ({ items: await notes.list(await who(request), request.params.id) }),
  );

  app.get(
    '/api/clients/:id/sessions/:sessionId',
    member({
      summary: 'One session note with its amendments (a logged read)',
      params: bySession,
      response: { 200: sessionNoteSchema },
    }),
    async (request) => notes.get(await who(request), request.params.id, request.params.sessionId),
  );

  app.patch(
    '/api/clients/:id/sessions/:sessionId',
    member({
      summary: 'Change a draft note; a signed note → 409 note_signed (add an amendment instead)',
      params: bySession,
      body: sessionNoteUpdateSchema,
      response: { 200: sessionNoteSchema },
    }),
    async (request) => notes.update(await who(request), request.params.id, request.params.sessionId, request.body),
  );

  app.post(
    '/api/clients/:id/sessions/:sessionId/sign',
    member({
      summary: 'Sign the note: it is locked, with who signed and when; the client gets the feedback form',
      params: bySession,
      response: { 200: sessionNoteSchema },
    }),
    async (request) => notes.sign(await who(request), request.params.id, request.params.sessionId),
  );

  app.post(
    '/api/clients/:id/sessions/:sessionId/amendments',
    member({
      summary: 'Add an amendment to a signed note (who and when; the note itself never changes)',
      params: bySession,
      body: amendmentCreateSchema,
      response: { 201: sessionNoteSchema },
    }),
    async (request, reply) =>
      reply
        .status(201)
        .send(await notes.amend(await who(request), request.params.id, request.params.sessionId, request.body.text)),
  );

  app.post(
    '/api/clients/:id/sessions/:sessionId/share',
    member({
      summary: 'Choose the parts of a signed note the client may see in the portal (an empty list shares nothing)',
      params: bySession,
      body: noteShareSchema,
      response: { 200: sessionNoteSchema },
    }),
    async (request) => notes.share(await who(request), request.params.id, request.params.sessionId, request.body.parts),
  );

  app.get(
    '/api/clients/:id/progress',
    member({
      summary: 'Pain (NPRS) and each goal’s measure before and after, per signed session, oldest first',
      params: byClient,
      response: { 200: progressSchema },
    }),
    async (request) => notes.progress(await who(request), request.params.id),
  );

  app.get(
    '/api/portal/notes',
    client({
      summary: 'The parts of signed notes the therapists shared with the signed-in client, across their records',
      response: { 200: sharedNoteListSchema },
    }),
    async (request) => ({ items: await notes.sharedWith(await actors.portal.required(request)) }),
  );

  app.get(
    '/api/portal/records/:clientId/notes',
    client({
      summary: 'The shared parts of this record’s signed notes, for the signed-in client whose record it is',
      params: byRecord,
      response: { 200: sharedNoteListSchema },
    }),
    async (request) => {
      const actor = await actors.portal.requiredForRecord(request, noSuchClient);
      if (!actor.records.some((record) => record.clientId === request.params.clientId)) throw notFound(noSuchClient);
      return { items: await notes.sharedWith(actor, request.params.clientId) };
    },
  );
}
