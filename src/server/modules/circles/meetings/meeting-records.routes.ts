// Attendance (organizers mark, a member reads their own line) and shared notes (members) of one
// occurrence over HTTP. Its own file beside meetings.routes.ts. Thin: validate, call, return.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  attendanceSchema,
  attendanceUpdateSchema,
  notesSchema,
  notesUpdateSchema,
  occurrenceParams,
} from '../../../../contracts/meetings.ts';
import type { Actors } from '../../../http/actor.ts';
import { memberRouteOptions } from '../../../http/route-docs.ts';
import { noSuchMeeting } from './meeting-access.ts';
import type { MeetingAttendanceService } from './meeting-attendance.service.ts';
import type { MeetingNotesService } from './meeting-notes.service.ts';

const member = memberRouteOptions(['circles']);
const attendancePath = '/api/meetings/:meetingId/occurrences/:start/attendance';
const notesPath = '/api/meetings/:meetingId/occurrences/:start/notes';

type Services = { attendance: MeetingAttendanceService; notes: MeetingNotesService };

export function registerMeetingRecordRoutes(base: FastifyInstance, actors: Actors, { attendance, notes }: Services) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const actor = (request: Parameters<Actors['requiredForRecord']>[0]) =>
    actors.requiredForRecord(request, noSuchMeeting);

  app.get(
    attendancePath,
    member({
      summary:
        'Who came to one occurrence: organizers see everyone who answered and every active member, present true/false/null (not marked); a member sees their own line',
      params: occurrenceParams,
      response: { 200: attendanceSchema },
    }),
    async (request) => attendance.read(await actor(request), request.params.meetingId, request.params.start),
  );

  app.put(
    attendancePath,
    member({
      summary:
        'Organizers: mark who came (present: user ids); everyone else on the list is marked absent. Only active members or those who answered may be named (else a 400 naming present)',
      params: occurrenceParams,
      body: attendanceUpdateSchema,
      response: { 200: attendanceSchema },
    }),
    async (request) =>
      attendance.mark(await actor(request), request.params.meetingId, request.params.start, request.body.present),
  );

  app.get(
    notesPath,
    member({
      summary:
        'The shared notes of one occurrence (active members): Markdown body, sanitised HTML, version (0: none yet), who saved last and when',
      params: occurrenceParams,
      response: { 200: notesSchema },
    }),
    async (request) => notes.read(await actor(request), request.params.meetingId, request.params.start),
  );

  app.put(
    notesPath,
    member({
      summary:
        'Save the shared notes (active members) over the version read (0 for the first save); a newer save meanwhile is a 409 (reason stale_version) and nothing is written',
      params: occurrenceParams,
      body: notesUpdateSchema,
      response: { 200: notesSchema },
    }),
    async (request) => notes.save(await actor(request), request.params.meetingId, request.params.start, request.body),
  );
}
