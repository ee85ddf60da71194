// /api/mentorships: requests, their answers, the end with feedback, and the shared space (goals,
// check-ins, my private note, the conversation). Only the two parties see a mentorship; anyone
// else gets the 404 a missing one gets.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  mentorshipCheckInCreateSchema,
  mentorshipConversationSchema,
  mentorshipDeclineSchema,
  mentorshipFeedbackSchema,
  mentorshipGoalCreateSchema,
  mentorshipListSchema,
  mentorshipNoteSchema,
  mentorshipRequestSchema,
  mentorshipSchema,
  mentorshipSpaceSchema,
} from '../../../contracts/mentorship.ts';
import type { Actors } from '../../http/actor.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';
import type { MentorshipSpaceService } from './mentorship-space.service.ts';
import { noSuchMentorship, type MentorshipsService } from './mentorships.service.ts';

const member = memberRouteOptions(['mentorship']);
const idParam = z.object({ id: z.uuid('must be a mentorship id') });
const goalParam = idParam.extend({ goalId: z.uuid('must be a goal id') });

export function registerMentorshipRoutes(
  base: FastifyInstance,
  actors: Actors,
  { mentorships, space }: { mentorships: MentorshipsService; space: MentorshipSpaceService },
) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const party = (request: Parameters<Actors['required']>[0]) => actors.requiredForRecord(request, noSuchMentorship);

  app.get(
    '/api/mentorships',
    member({
      summary: 'My mentorships and requests, as mentor and as mentee, most recent first',
      response: { 200: mentorshipListSchema },
    }),
    async (request) => mentorships.list(await actors.required(request)),
  );

  app.post(
    '/api/mentorships',
    member({
      summary: 'Ask a mentor who offers mentoring (409 when they have no room or we already have an open one)',
      body: mentorshipRequestSchema,
      response: { 201: mentorshipSchema },
    }),
    async (request, reply) =>
      reply.status(201).send(await mentorships.request(await actors.required(request), request.body)),
  );

  app.get(
    '/api/mentorships/:id',
    member({
      summary: 'The mentorship space: the request, goals, check-ins and my private note',
      params: idParam,
      response: { 200: mentorshipSpaceSchema },
    }),
    async (request) => space.view(await party(request), request.params.id),
  );

  app.post(
    '/api/mentorships/:id/accept',
    member({
      summary: 'The mentor accepts a request; takes one of their places (409 when full or already answered)',
      params: idParam,
      response: { 200: mentorshipSchema },
    }),
    async (request) => mentorships.accept(await party(request), request.params.id),
  );

  app.post(
    '/api/mentorships/:id/decline',
    member({
      summary: 'The mentor declines a request, with an optional kind note the mentee reads',
      params: idParam,
      body: mentorshipDeclineSchema,
      response: { 200: mentorshipSchema },
    }),
    async (request) => mentorships.decline(await party(request), request.params.id, request.body.note),
  );

  app.post(
    '/api/mentorships/:id/withdraw',
    member({
      summary: 'The mentee withdraws a request the mentor has not answered (409 once it is answered)',
      params: idParam,
      response: { 200: mentorshipSchema },
    }),
    async (request) => mentorships.withdraw(await party(request), request.params.id),
  );

  app.post(
    '/api/mentorships/:id/end',
    member({
      summary: 'Either party ends a running mentorship with their feedback; frees the mentor’s place',
      params: idParam,
      body: mentorshipFeedbackSchema,
      response: { 200: mentorshipSchema },
    }),
    async (request) => mentorships.end(await party(request), request.params.id, request.body.feedback),
  );

  app.post(
    '/api/mentorships/:id/feedback',
    member({
      summary: 'After the end: my feedback (the other side’s is already there when they ended it)',
      params: idParam,
      body: mentorshipFeedbackSchema,
      response: { 200: mentorshipSchema },
    }),
    async (request) => mentorships.feedback(await party(request), request.params.id, request.body.feedback),
  );

  app.post(
    '/api/mentorships/:id/goals',
    member({
      summary: 'Add a goal to a running mentorship',
      params: idParam,
      body: mentorshipGoalCreateSchema,
      response: { 200: mentorshipSpaceSchema },
    }),
    async (request) => space.addGoal(await party(request), request.params.id, request.body.title),
  );

  app.post(
    '/api/mentorships/:id/goals/:goalId/done',
    member({ summary: 'Mark a goal done', params: goalParam, response: { 200: mentorshipSpaceSchema } }),
    async (request) => space.markGoalDone(await party(request), request.params.id, request.params.goalId),
  );

  app.post(
    '/api/mentorships/:id/check-ins',
    member({
      summary: 'Schedule a check-in; with remindMinutesBefore the scheduler reminds both parties once',
      params: idParam,
      body: mentorshipCheckInCreateSchema,
      response: { 200: mentorshipSpaceSchema },
    }),
    async (request) => space.addCheckIn(await party(request), request.params.id, request.body),
  );

  app.put(
    '/api/mentorships/:id/note',
    member({
      summary: 'My private note on the mentorship: the other party never sees it',
      params: idParam,
      body: mentorshipNoteSchema,
      response: { 200: mentorshipSpaceSchema },
    }),
    async (request) => space.saveNote(await party(request), request.params.id, request.body.text),
  );

  app.post(
    '/api/mentorships/:id/conversation',
    member({
      summary: 'The direct conversation with the other party (messages), started on first use',
      params: idParam,
      response: { 200: mentorshipConversationSchema },
    }),
    async (request) => space.conversation(await party(request), request.params.id),
  );
}
