// Circle meetings over HTTP: plan (organizers), list and expand (whoever sees the circle), answer
// (members), one meeting's .ics, and my private calendar feed. Thin: validate, call, return.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  calendarFeedSchema,
  circleMeetingParams,
  meetingCreateSchema,
  meetingPreviewResultSchema,
  meetingPreviewSchema,
  meetingParams,
  meetingSchema,
  occurrenceChangeSchema,
  occurrenceListSchema,
  occurrenceParams,
  occurrenceQuerySchema,
  rsvpResultSchema,
  rsvpSchema,
  seriesRsvpResultSchema,
} from '../../../../contracts/meetings.ts';
import type { Actors } from '../../../http/actor.ts';
import { notFound } from '../../../http/errors.ts';
import { memberRouteOptions } from '../../../http/route-docs.ts';
import type { CalendarFeedService } from './calendar-feed.service.ts';
import type { MeetingChangesService } from './meeting-changes.service.ts';
import type { MeetingConfirmations } from './meeting-confirmations.ts';
import type { MeetingPreviewService } from './meeting-preview.ts';
import { noSuchCircle } from '../circles.service.ts';
import { noSuchMeeting } from './meeting-access.ts';
import type { MeetingsService } from './meetings.service.ts';
import type { RsvpService } from './rsvp.service.ts';

const member = memberRouteOptions(['circles']);
const circleParams = z.object({ id: z.string().trim().min(1, 'is required').max(100) });
const calendarFile = (reply: FastifyReply, name: string, text: string) =>
  reply
    .type('text/calendar; charset=utf-8')
    .header('content-disposition', `inline; filename="${name}"`)
    .header('cache-control', 'private, max-age=300')
    .send(text);

type Services = {
  meetings: MeetingsService;
  rsvps: RsvpService;
  feeds: CalendarFeedService;
  changes: MeetingChangesService;
  confirmations: MeetingConfirmations;
  previews: MeetingPreviewService;
};

export function registerMeetingRoutes(
  base: FastifyInstance,
  actors: Actors,
  { meetings, rsvps, feeds, changes, confirmations, previews }: Services,
) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/circles/:id/meetings',
    member({
      summary:
        'Plan a meeting (organizers): one-off, or recurring by an RRULE (FREQ=WEEKLY|MONTHLY|YEARLY; BYDAY=2TU, -1FR …) on the local start and IANA time zone',
      params: circleParams,
      body: meetingCreateSchema,
      response: { 201: meetingSchema },
    }),
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await meetings.create(await actors.requiredForRecord(request, noSuchCircle), request.params.id, request.body),
        ),
  );

  app.post(
    '/api/circles/:id/meetings/preview',
    member({
      summary:
        'Organizers, before saving: the RRULE the form’s repeat choices make and the next five starts; a start on a fifth weekday first asks (fifthWeekdayQuestion) whether months without one are skipped or use the last',
      params: circleParams,
      body: meetingPreviewSchema,
      response: { 200: meetingPreviewResultSchema },
    }),
    async (request) =>
      previews.preview(await actors.requiredForRecord(request, noSuchCircle), request.params.id, request.body),
  );

  app.get(
    '/api/circles/:id/meetings',
    member({ summary: "A circle's meetings, with each one's next five dates", params: circleParams }),
    async (request) => meetings.list(await actors.requiredForRecord(request, noSuchCircle), request.params.id),
  );

  app.get(
    '/api/circles/:id/meetings/:meetingId/occurrences',
    member({
      summary:
        'Occurrences starting in [from, to) (default the next 12 months): start and end with the meeting’s local offset, status, seats and my answer',
      params: circleMeetingParams,
      querystring: occurrenceQuerySchema,
      response: { 200: occurrenceListSchema },
    }),
    async (request) => {
      const actor = await actors.requiredForRecord(request, noSuchMeeting);
      const meeting = await meetings.get(actor, request.params.meetingId);
      const circle = request.params.id;
      if (meeting.circleId !== circle && (await meetings.circleIdOf(actor, circle)) !== meeting.circleId)
        throw notFound(noSuchMeeting);
      return meetings.occurrences(actor, request.params.meetingId, request.query);
    },
  );

  app.get(
    '/api/meetings/:meetingId',
    member({ summary: 'One meeting', params: meetingParams, response: { 200: meetingSchema } }),
    async (request) => meetings.get(await actors.requiredForRecord(request, noSuchMeeting), request.params.meetingId),
  );

  app.get(
    '/api/meetings/:meetingId/calendar.ics',
    member({
      summary: 'The meeting as an iCalendar file (TZID, VTIMEZONE, RRULE, EXDATE, changed occurrences)',
      params: meetingParams,
    }),
    async (request, reply) => {
      const text = await feeds.meetingFile(
        await actors.requiredForRecord(request, noSuchMeeting),
        request.params.meetingId,
      );
      return calendarFile(reply, 'meeting.ics', text);
    },
  );

  app.post(
    '/api/meetings/:meetingId/occurrences/:start/rsvp',
    member({
      summary:
        'Going or not to one occurrence ({start} as the occurrences list gives it, URL-encoded): going, or waitlisted when full; not going frees the seat for the next in line',
      params: occurrenceParams,
      body: rsvpSchema,
      response: { 200: rsvpResultSchema },
    }),
    async (request) =>
      rsvps.answer(
        await actors.requiredForRecord(request, noSuchMeeting),
        request.params.meetingId,
        request.params.start,
        request.body.going,
      ),
  );

  app.post(
    '/api/meetings/:meetingId/occurrences/:start/change',
    member({
      summary:
        'Organizers: cancel one occurrence, move it (another local start, length or place) or restore it; those who answered for it are told',
      params: occurrenceParams,
      body: occurrenceChangeSchema,
    }),
    async (request) =>
      changes.changeOccurrence(
        await actors.requiredForRecord(request, noSuchMeeting),
        request.params.meetingId,
        request.params.start,
        request.body,
      ),
  );

  app.post(
    '/api/meetings/:meetingId/confirm',
    member({
      summary: 'Organizers: the series still runs (asked every 90 days; unanswered twice, its future meetings pause)',
      params: meetingParams,
    }),
    async (request) =>
      confirmations.confirm(await actors.requiredForRecord(request, noSuchMeeting), request.params.meetingId),
  );

  app.post(
    '/api/meetings/:meetingId/rsvp',
    member({
      summary: 'Going or not to the whole series: every occurrence of the next 12 months, and the answer is kept',
      params: meetingParams,
      body: rsvpSchema,
      response: { 200: seriesRsvpResultSchema },
    }),
    async (request) =>
      rsvps.answerSeries(
        await actors.requiredForRecord(request, noSuchMeeting),
        request.params.meetingId,
        request.body.going,
      ),
  );

  app.get(
    '/api/me/calendar',
    member({
      summary: 'My private calendar feed: its subscribe address (https and webcal)',
      response: { 200: calendarFeedSchema },
    }),
    async (request) => feeds.address(await actors.required(request)),
  );

  app.post(
    '/api/me/calendar/revoke',
    member({ summary: 'A new feed address; the old one stops working at once', response: { 200: calendarFeedSchema } }),
    async (request) => feeds.revoke(await actors.required(request)),
  );

  app.get(
    '/calendar/:file',
    {
      schema: {
        tags: ['circles'],
        summary: 'A member’s calendar feed (no cookie: the address is the key); 404 once revoked',
        params: z.object({
          file: z.string().regex(/^[A-Za-z0-9_-]{10,40}\.[A-Za-z0-9_-]{20,60}\.ics$/, 'must be a calendar address'),
        }),
      },
    },
    async (request, reply) => {
      const text = await feeds.feed(request.params.file.replace(/\.ics$/, ''));
      return calendarFile(reply, 'kneadwork-circles.ics', text);
    },
  );
}
