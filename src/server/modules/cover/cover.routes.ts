// Cover when away in one registration: away periods and cover requests, and the thank-you pass
// after a period ends.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { scheduleAwayThanks } from './away-thanks.ts';
import { registerAwayRoutes } from './away.routes.ts';

export function registerCoverRoutes(app: FastifyInstance, context: AppContext) {
  registerAwayRoutes(app, context);
  scheduleAwayThanks(context);
}
