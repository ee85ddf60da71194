// Circle discussions over HTTP: threads of a circle, a thread with its posts, replies and edits,
// files for posts, and a meeting occurrence's check-in thread. Thin: validate, call, return.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  checkInSchema,
  circleAttachmentParams,
  circleParams,
  postAttachmentSchema,
  postCreateSchema,
  postEditSchema,
  postParams,
  postSchema,
  threadCreateSchema,
  threadDetailSchema,
  threadListSchema,
  threadParams,
  threadQuerySchema,
  threadSummarySchema,
} from '../../../../contracts/discussions.ts';
import { occurrenceParams } from '../../../../contracts/meetings.ts';
import type { Actors } from '../../../http/actor.ts';
import { memberRouteOptions } from '../../../http/route-docs.ts';
import { readUpload, sendAttachment } from '../../../http/uploads.ts';
import { noSuchCircle } from '../circles.service.ts';
import { noSuchMeeting } from '../meetings/meeting-access.ts';
import type { CheckInsService } from './check-ins.service.ts';
import { noSuchPost, noSuchThread } from './discussion-access.ts';
import type { PostAttachmentsService } from './post-attachments.service.ts';
import type { PostsService } from './posts.service.ts';
import type { ThreadsService } from './threads.service.ts';

const member = memberRouteOptions(['circles']);

type Services = {
  threads: ThreadsService;
  posts: PostsService;
  checkIns: CheckInsService;
  files: PostAttachmentsService;
};

export function registerDiscussionRoutes(base: FastifyInstance, actors: Actors, services: Services) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { threads, posts, checkIns, files } = services;
  const inCircle = (request: Parameters<Actors['requiredForRecord']>[0]) =>
    actors.requiredForRecord(request, noSuchCircle);

  app.get(
    '/api/circles/:id/threads',
    member({
      summary:
        'Discussion threads of a circle (its active members only): pinned first, then by last activity, each with my unread count; ?category=general|support|check-in',
      params: circleParams,
      querystring: threadQuerySchema,
      response: { 200: threadListSchema },
    }),
    async (request) => threads.list(await inCircle(request), request.params.id, request.query.category),
  );

  app.post(
    '/api/circles/:id/threads',
    member({
      summary:
        'Start a thread with its first post (Markdown; files from POST …/attachments); @Full Name or @handle tells that member, never the text',
      params: circleParams,
      body: threadCreateSchema,
      response: { 201: threadSummarySchema },
    }),
    async (request, reply) =>
      reply.status(201).send(await threads.start(await inCircle(request), request.params.id, request.body)),
  );

  app.post(
    '/api/circles/:id/attachments',
    member({
      summary: 'Upload a file for a post: a PDF or a PNG, JPEG or WebP image, at most 2 MB (multipart field "file")',
      params: circleParams,
      response: { 201: postAttachmentSchema },
    }),
    async (request, reply) => {
      const actor = await inCircle(request);
      const read = () => readUpload(request, { kind: 'file' });
      return reply.status(201).send(await files.upload(actor, request.params.id, read));
    },
  );

  app.get(
    '/api/circles/:id/attachments/:file',
    member({ summary: 'A post’s file, to those who may see the post', params: circleAttachmentParams }),
    async (request, reply) =>
      sendAttachment(reply, await files.open(await inCircle(request), request.params.id, request.params.file)),
  );

  app.get(
    '/api/threads/:threadId',
    member({
      summary: 'A thread and its posts (sanitised HTML); marks it read for me',
      params: threadParams,
      response: { 200: threadDetailSchema },
    }),
    async (request) => threads.read(await actors.requiredForRecord(request, noSuchThread), request.params.threadId),
  );

  app.post(
    '/api/threads/:threadId/posts',
    member({
      summary: 'Reply (Markdown); 409 thread_locked when an organizer locked the thread',
      params: threadParams,
      body: postCreateSchema,
      response: { 201: postSchema },
    }),
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await posts.reply(
            await actors.requiredForRecord(request, noSuchThread),
            request.params.threadId,
            request.body,
          ),
        ),
  );

  app.patch(
    '/api/posts/:postId',
    member({
      summary: 'Edit my own post (Markdown); 409 thread_locked in a locked thread',
      params: postParams,
      body: postEditSchema,
      response: { 200: postSchema },
    }),
    async (request) =>
      posts.edit(await actors.requiredForRecord(request, noSuchPost), request.params.postId, request.body.body),
  );

  for (const [method, summary] of [
    ['get', 'The check-in thread of a meeting occurrence, or null while nobody opened it'],
    ['post', 'The check-in thread of a meeting occurrence, made now if needed (for members who would rather write)'],
  ] as const)
    app[method](
      '/api/meetings/:meetingId/occurrences/:start/check-in',
      member({ summary, params: occurrenceParams, response: { 200: checkInSchema } }),
      async (request) => {
        const actor = await actors.requiredForRecord(request, noSuchMeeting);
        const { meetingId, start } = request.params;
        return method === 'get' ? checkIns.find(actor, meetingId, start) : checkIns.open(actor, meetingId, start);
      },
    );
}
