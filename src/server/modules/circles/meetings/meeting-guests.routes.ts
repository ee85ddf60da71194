// Guests of one occurrence over HTTP: /api/meetings/{meetingId}/guests (organizers invite, list,
// revoke) and /circles/guest/<token>, the page an emailed link opens, where a signed-in person
// accepts and is sent to the room's waiting room. The page answers HTML in every case.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { appPaths } from '../../../../contracts/app-paths.ts';
import {
  meetingGuestCreateSchema,
  meetingGuestListSchema,
  meetingGuestParams,
  meetingGuestSchema,
} from '../../../../contracts/meeting-guests.ts';
import { meetingParams } from '../../../../contracts/meetings.ts';
import type { AppContext } from '../../../context.ts';
import { AppError } from '../../../http/errors.ts';
import { sendHtml } from '../../../http/html-reply.ts';
import { memberRouteOptions } from '../../../http/route-docs.ts';
import { noSuchMeeting } from './meeting-access.ts';
import { guestInvitationGonePage, guestPage } from './meeting-guest-page.ts';
import type { MeetingGuestsService } from './meeting-guests.service.ts';

const member = memberRouteOptions(['circles']);
const formContentType = 'application/x-www-form-urlencoded';

export function registerMeetingGuestRoutes(
  base: FastifyInstance,
  { config, actors }: Pick<AppContext, 'config' | 'actors'>,
  guests: MeetingGuestsService,
) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const caller = (request: FastifyRequest) => actors.requiredForRecord(request, noSuchMeeting);

  app.post(
    '/api/meetings/:meetingId/guests',
    member({
      summary:
        'Invite a guest by email to one occurrence (organizers): the emailed link lets one person wait in the circle’s room for a host around that date',
      params: meetingParams,
      body: meetingGuestCreateSchema,
      response: { 201: meetingGuestSchema },
    }),
    async (request, reply) =>
      reply.status(201).send(await guests.invite(await caller(request), request.params.meetingId, request.body)),
  );

  app.get(
    '/api/meetings/:meetingId/guests',
    member({
      summary: 'The meeting’s guests and their invitations (organizers)',
      params: meetingParams,
      response: { 200: meetingGuestListSchema },
    }),
    async (request) => guests.list(await caller(request), request.params.meetingId),
  );

  app.delete(
    '/api/meetings/:meetingId/guests/:guestId',
    member({
      summary: 'Revoke a guest’s invitation: an accepted guest leaves the room at once and cannot come back',
      params: meetingGuestParams,
      response: { 200: meetingGuestSchema },
    }),
    async (request) => guests.revoke(await caller(request), request.params.meetingId, request.params.guestId),
  );

  const tokenOf = (request: FastifyRequest) => (request.params as { token: string }).token;
  const gone = (reply: FastifyReply) => sendHtml(reply, 404, guestInvitationGonePage(config.publicUrl));

  async function show(request: FastifyRequest, reply: FastifyReply, status: number, problem?: string) {
    const meeting = await guests.preview(tokenOf(request)).catch(() => null);
    if (!meeting) return gone(reply);
    const signedIn = (await actors.optional(request)) !== null;
    return sendHtml(reply, status, guestPage(config.publicUrl, meeting, { signedIn, action: request.url, problem }));
  }

  app.get('/circles/guest/:token', { schema: { hide: true } }, (request, reply) => show(request, reply, 200));

  // In its own scope so the form body parser applies to this route alone; the token in the address
  // is the invitation, the form carries nothing we read.
  return app.register(async (scope) => {
    scope.addContentTypeParser(formContentType, { parseAs: 'string', bodyLimit: 1024 }, (_request, body, done) =>
      done(null, body),
    );
    scope.post('/circles/guest/:token', { schema: { hide: true } }, async (request, reply) => {
      const actor = await actors.optional(request);
      if (!actor) return show(request, reply, 401, 'Sign in first, then accept.');
      try {
        const { circleId } = await guests.accept(actor, tokenOf(request));
        return reply.redirect(appPaths.room('circle', circleId), 303);
      } catch (error) {
        if (error instanceof AppError && error.code === 'not_found') return gone(reply);
        throw error;
      }
    });
  });
}
