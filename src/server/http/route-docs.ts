// What every member route of the API declares alike for OpenAPI: its module's tags and the session
// cookie it needs (the `session` scheme in app.ts). A route passes the rest of its schema — summary,
// params, querystring, body, response — and keeps its zod types for the handler.
import type { FastifySchema } from 'fastify';

const sessionSecurity = [{ session: [] }];

/** `member({ summary, params, response })` → the route options `{ schema: { tags, security, … } }`. */
export const memberRouteOptions =
  (tags: string[]) =>
  <Schema extends FastifySchema>(schema: Schema) => ({ schema: { tags, security: sessionSecurity, ...schema } });

const portalSecurity = [{ portal: [] }];

/** The same for a client-portal route: the portal's own cookie (the `portal` scheme in app.ts). */
export const portalRouteOptions =
  (tags: string[]) =>
  <Schema extends FastifySchema>(schema: Schema) => ({ schema: { tags, security: portalSecurity, ...schema } });
