// Series edits over HTTP (organizers): "this and following" or every occurrence of a meeting.
// Its own file, beside meetings.routes.ts, so the meeting routes grow without touching each other.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { meetingEditResultSchema, meetingEditSchema, meetingParams } from '../../../../contracts/meetings.ts';
import type { Actors } from '../../../http/actor.ts';
import { memberRouteOptions } from '../../../http/route-docs.ts';
import { noSuchMeeting } from './meeting-access.ts';
import type { MeetingSeriesEditsService } from './meeting-series-edits.service.ts';

const member = memberRouteOptions(['circles']);

export function registerMeetingSeriesRoutes(base: FastifyInstance, actors: Actors, edits: MeetingSeriesEditsService) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.patch(
    '/api/meetings/:meetingId',
    member({
      summary:
        'Organizers: change every occurrence (scope all) or this and following (scope following, from: the occurrence start) — time of day, length, place, title, description, seats; following splits the series, answers go with their occurrences, and those who answered are told',
      params: meetingParams,
      body: meetingEditSchema,
      response: { 200: meetingEditResultSchema },
    }),
    async (request) =>
      edits.edit(await actors.requiredForRecord(request, noSuchMeeting), request.params.meetingId, request.body),
  );
}
