// Moderation over HTTP: any member reports what they can see; admins read the queue and the audit
// trail and act. Admin routes resolve the caller with actors.optional and let the service answer
// the unknown path's 404 to anyone who is not an admin, signed in or not. Thin: validate, call, return.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  adminReasonSchema,
  adminStatusSchema,
  auditLogSchema,
  auditQuerySchema,
  memberSlugParamsSchema,
  reportActionSchema,
  reportCreateSchema,
  reportIdParamsSchema,
  reportQuerySchema,
  reportQueueSchema,
  reportReceiptSchema,
  suspensionSchema,
} from '../../../contracts/moderation.ts';
import type { Actors } from '../../http/actor.ts';
import { memberRouteOptions } from '../../http/route-docs.ts';
import type { AdminQueueService } from './admin-queue.service.ts';
import type { AdminsService } from './admins.service.ts';
import type { ModerationActionsService } from './moderation-actions.service.ts';
import type { ReportsService } from './reports.service.ts';

const member = memberRouteOptions(['moderation']);
const admin = memberRouteOptions(['moderation (admins)']);

export type ModerationRouteServices = {
  reports: ReportsService;
  admins: AdminsService;
  queue: AdminQueueService;
  actions: ModerationActionsService;
};

export function registerModerationRoutes(base: FastifyInstance, actors: Actors, services: ModerationRouteServices) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { reports, admins, queue, actions } = services;

  app.post(
    '/api/reports',
    member({
      summary: 'Report something I can see to the admins (again: changes nothing); what I cannot see is 404',
      body: reportCreateSchema,
      response: { 201: reportReceiptSchema },
    }),
    async (request, reply) =>
      reply.status(201).send(await reports.report(await actors.required(request), request.body)),
  );

  app.get(
    '/api/me/admin',
    member({
      summary: 'Whether I am an admin (the app shows the admin page only then)',
      response: { 200: adminStatusSchema },
    }),
    async (request) => ({ admin: await admins.isAdmin(await actors.required(request)) }),
  );

  app.get(
    '/api/admin/reports',
    admin({
      summary: 'Admins: reports by status, each item in context (404 to anyone else)',
      querystring: reportQuerySchema,
      response: { 200: reportQueueSchema },
    }),
    async (request) => queue.queue(await actors.optional(request), request.query.status),
  );

  app.post(
    '/api/admin/reports/:id/actions',
    admin({
      summary: 'Admins: hide, warn, suspend (until an optional time) or dismiss, with a reason (404 to anyone else)',
      params: reportIdParamsSchema,
      body: reportActionSchema,
      response: { 200: z.object({ status: z.string() }) },
    }),
    async (request) => actions.act(await actors.optional(request), request.params.id, request.body),
  );

  app.post(
    '/api/admin/reports/:id/unhide',
    admin({
      summary: 'Admins: show a hidden item again, with a reason (404 to anyone else)',
      params: reportIdParamsSchema,
      body: adminReasonSchema,
      response: { 200: z.object({ hidden: z.literal(false) }) },
    }),
    async (request) => actions.unhide(await actors.optional(request), request.params.id, request.body.reason),
  );

  app.post(
    '/api/admin/members/:slug/unsuspend',
    admin({
      summary: 'Admins: lift a member’s suspension, with a reason (404 to anyone else)',
      params: memberSlugParamsSchema,
      body: adminReasonSchema,
      response: { 200: suspensionSchema },
    }),
    async (request) => actions.unsuspend(await actors.optional(request), request.params.slug, request.body.reason),
  );

  app.get(
    '/api/admin/audit',
    admin({
      summary: 'Admins: the audit trail of every action, newest first (404 to anyone else)',
      querystring: auditQuerySchema,
      response: { 200: auditLogSchema },
    }),
    async (request) => queue.auditLog(await actors.optional(request), request.query.limit),
  );
}
