// The access walk: every route of a module that names a record (a path parameter) is read from the
// app's OpenAPI document and called by each actor of a table (owner, stranger, anonymous, later
// roles), with the owner's real ids and a valid body, so the answer is about who is calling. Actors
// who may not see the record get exactly the module's not-found answer (the one a record that does
// not exist gets) or 401, and the owner's records are deep-equal before and after. A new route
// whose parameters the test does not fill fails the walk, so it cannot slip by unchecked.
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Listed } from './listed-members.ts';
import { origin, type TestApp } from './test-app.ts';

/** What an actor must get: the owner's reads (GET) are not refused; everyone else 404 as for a missing record, or 401. */
export type Expectation = 'allowed' | 'not-found' | 'unauthorized';
export type Actor = { name: string; headers(): Record<string, string> | undefined; expect: Expectation };

export const memberActor = (name: string, member: Pick<Listed, 'cookie'>, expectation: Expectation): Actor => ({
  name,
  headers: () => ({ cookie: member.cookie }),
  expect: expectation,
});
/** A client signed in to the portal (its cookie, or a getter for one made later in the suite). */
export const portalActor = (name: string, cookie: string | (() => string), expectation: Expectation): Actor => ({
  name,
  headers: () => ({ cookie: typeof cookie === 'string' ? cookie : cookie() }),
  expect: expectation,
});
export const anonymousActor = (expectation: Expectation): Actor => ({
  name: 'anonymous',
  headers: () => undefined,
  expect: expectation,
});

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minLength?: number;
  minimum?: number;
  minItems?: number;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
};
type Operation = {
  tags?: string[];
  security?: unknown[];
  parameters?: { in: string; name: string }[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
};
export type Route = { key: string; method: string; path: string; operation: Operation };

/** Every operation of the OpenAPI document whose tag is one of `tags` or whose path starts with one of `prefixes`. */
export async function moduleRoutes(app: TestApp, select: { tags?: string[]; prefixes?: string[] }): Promise<Route[]> {
  const document = (await app.inject({ url: '/api/openapi.json' })).json<{
    paths: Record<string, Record<string, Operation>>;
  }>();
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(
        ([, operation]) =>
          operation.tags?.some((tag) => select.tags?.includes(tag)) ||
          select.prefixes?.some((prefix) => path.startsWith(prefix)),
      )
      .map(([method, operation]) => ({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        operation,
      })),
  );
}

export const namesRecord = (route: Route) => /\{[^}]+\}/.test(route.path);

/** The smallest value the schema accepts: required properties only, first enum or alternative, minimal lengths. */
export function minimalValue(schema: JsonSchema | undefined): unknown {
  if (!schema) return {};
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const alternative = schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (alternative) return minimalValue(alternative);
  switch (schema.type) {
    case 'object':
      return Object.fromEntries((schema.required ?? []).map((name) => [name, minimalValue(schema.properties?.[name])]));
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => minimalValue(schema.items));
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'string':
      return stringFor(schema);
    case undefined:
    default:
      return schema.allOf ? minimalValue({ ...schema, allOf: undefined, ...schema.allOf[0] }) : {};
  }
}

function stringFor(schema: JsonSchema) {
  switch (schema.format) {
    case 'uuid':
      return crypto.randomUUID();
    case 'date-time':
      return new Date().toISOString();
    case 'date':
      return new Date().toISOString().slice(0, 10);
    case 'email':
      return 'someone@example.com';
    case undefined:
    default:
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
  }
}

type Fill = string | ((route: Route) => string);
export type Walk = {
  /** The module's OpenAPI tags and/or path prefixes. */
  tags?: string[];
  prefixes?: string[];
  actors: Actor[];
  /** The owner's real record ids, by parameter name (or chosen per route). */
  params: Record<string, Fill>;
  /** Well-formed ids of records that do not exist, for the not-found answer to compare with; random UUIDs when left out. */
  missing?: Record<string, Fill>;
  /** Bodies to send instead of the schema's minimal one; an array sends each of them. */
  bodies?: Record<string, unknown[]>;
  /** Record routes this walk leaves out, each with its reason (public by design, the caller's own settings). */
  skip?: Record<string, string>;
  /** Text that must not appear in any refused answer. */
  secrets?: string[];
  /** The owner's view of their records (API reads or table rows); must be deep-equal before and after. */
  snapshot: () => Promise<unknown>;
};

const fill = (route: Route, values: Record<string, Fill>, fallback: (name: string) => string | undefined) =>
  route.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    const filled = typeof value === 'function' ? value(route) : (value ?? fallback(name));
    if (filled === undefined)
      throw new Error(`${route.key}: no value for {${name}}: give the walk a param for it, so this route is checked`);
    return encodeURIComponent(filled);
  });

function send(app: TestApp, actor: Actor, method: string, url: string, body: unknown) {
  const headers = { origin, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...actor.headers() };
  return app.inject({ method: method as 'GET', url, headers, payload: body as object | undefined });
}

/**
 * The module's routes that name a record are exactly `expected` (so a new one needs a case), and
 * every route of the module sits behind the member session.
 */
export async function expectRecordRoutesBehindSession(
  app: TestApp,
  select: { tags?: string[]; prefixes?: string[] },
  expected: readonly string[],
) {
  const routes = await moduleRoutes(app, select);
  expect(
    routes
      .filter(namesRecord)
      .map((route) => route.key)
      .sort(),
  ).toEqual([...expected].sort());
  for (const route of routes) expect(route.operation.security, route.key).toEqual([{ session: [] }]);
}

const errorOf = (response: { body: string }) => (JSON.parse(response.body) as { error?: unknown }).error;

/** Walks every record route of the module for every actor; answers one line per route and actor walked. */
export async function walkRecordRoutes(app: TestApp, walk: Walk): Promise<string[]> {
  const routes = (await moduleRoutes(app, walk)).filter(namesRecord);
  const keys = routes.map((route) => route.key);
  const stale = [...Object.keys(walk.skip ?? {}), ...Object.keys(walk.bodies ?? {})].filter(
    (key) => !keys.includes(key),
  );
  expect(stale, 'skips and bodies for routes that no longer exist').toEqual([]);
  const walked = routes.filter((route) => !(route.key in (walk.skip ?? {})));
  expect(walked.length, 'record routes to walk').toBeGreaterThan(0);
  const urls = new Map(walked.map((route) => [route.key, fill(route, walk.params, () => undefined)]));
  const missingUrls = new Map(
    walked.map((route) => [route.key, fill(route, walk.missing ?? {}, () => crypto.randomUUID())]),
  );
  const report = Object.entries(walk.skip ?? {}).map(([key, reason]) => `${key}: skipped (${reason})`);

  // The owner reads first, which proves the ids are real: a refusal below is about the caller.
  for (const actor of walk.actors.filter((each) => each.expect === 'allowed')) {
    for (const route of walked.filter((each) => each.method === 'GET')) {
      const response = await send(app, actor, route.method, urls.get(route.key)!, undefined);
      // Not refused: a 409 such as "no outcome yet" still shows the record is there and theirs.
      expect([401, 403, 404], `${route.key} as ${actor.name}: ${response.body.slice(0, 300)}`).not.toContain(
        response.statusCode,
      );
      expect(response.statusCode, `${route.key} as ${actor.name}: ${response.body.slice(0, 300)}`).toBeLessThan(500);
      report.push(`${route.key} as ${actor.name}: ${response.statusCode}`);
    }
  }

  const before = await walk.snapshot();
  for (const route of walked) {
    const bodies = walk.bodies?.[route.key] ?? [
      route.operation.requestBody
        ? minimalValue(route.operation.requestBody.content['application/json']?.schema)
        : undefined,
    ];
    for (const body of bodies) {
      let notFoundError: unknown;
      for (const actor of walk.actors.filter((each) => each.expect !== 'allowed')) {
        const label = `${route.key} as ${actor.name} with ${JSON.stringify(body)}`;
        const response = await send(app, actor, route.method, urls.get(route.key)!, body);
        for (const secret of walk.secrets ?? []) expect(response.body, label).not.toContain(secret);
        if (actor.expect === 'unauthorized') {
          expect(response.statusCode, `${label}: ${response.body}`).toBe(401);
        } else {
          expect(response.statusCode, `${label}: ${response.body}`).toBe(404);
          const missing = await send(app, actor, route.method, missingUrls.get(route.key)!, body);
          expect(errorOf(response), `${label}: as for a record that does not exist`).toEqual(errorOf(missing));
          if (notFoundError !== undefined)
            expect(errorOf(response), `${label}: as every other refused actor`).toEqual(notFoundError);
          notFoundError = errorOf(response);
        }
        report.push(`${route.key} as ${actor.name}: ${response.statusCode}`);
      }
    }
  }
  expect(await walk.snapshot(), 'the owner’s records after the walk').toEqual(before);
  console.info(`access walk (${walk.tags?.join(', ') ?? walk.prefixes?.join(', ')}):\n  ${report.join('\n  ')}`);
  return report;
}

/** Every row of the named tables, in a stable order: a snapshot no API read can change. */
export async function tableRows(app: TestApp, tables: string[]) {
  const dump: Record<string, unknown[]> = {};
  for (const table of tables) {
    const result = await app.database.db.execute(sql.raw(`select * from "${table}"`));
    dump[table] = result.rows.map((row) => JSON.stringify(row)).sort();
  }
  return dump;
}
