// Every operation in the OpenAPI document, called by a signed-in member with malformed input:
// wrong types, NUL and other control characters, huge strings, deep nesting, year 0000, and bad
// multipart bodies. Each field is spoiled on its own inside an otherwise plausible body, so the
// bad value reaches the code behind validation. No answer may be a 5xx, and a refused request
// (4xx) may not change the number of rows in any table. A new route is covered without a case.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listMember, type Listed } from './support/listed-members.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from './support/test-app.ts';

type Schema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
};
type Parameter = { name: string; in: 'path' | 'query' | 'header' | 'cookie'; schema?: Schema };
type Operation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } };

const deep = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};
const deepJson = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

// Spoiled values for one field. Kept short: the walk must stay well under a minute per database.
const badValues: unknown[] = [
  'nul\u0000byte',
  'bell\u0007',
  'x'.repeat(100_000),
  12345,
  true,
  { nested: 'object' },
  ['list'],
  null,
  '0000-01-01',
  '0000-01-01T00:00:00Z',
  deep(30),
];
const badParams = [
  '%00',
  'a%00b',
  'x'.repeat(3000),
  '0000-01-01',
  '0000-01-01T00%3A00%3A00Z',
  '-1',
  '1e309',
  '%7B%7D',
  '%F0%9F',
];

/** A value that passes the schema as far as a generator can tell, so a spoiled sibling is the only problem. */
function plausible(schema: Schema | undefined, key = ''): unknown {
  if (!schema) return 'Plausible';
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) return plausible(variants.find((v) => v.type !== 'null' && v.const !== '') ?? variants[0], key);
  if (schema.allOf?.length) return Object.assign({}, ...schema.allOf.map((part) => plausible(part, key) as object));
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([name, child]) => [name, plausible(child, name)]),
      );
    case 'array':
      return [];
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, Math.min(schema.maximum ?? 1, 1));
    case 'boolean':
      return true;
    case 'string':
      if (schema.format === 'date') return '2030-01-15';
      if (schema.format === 'date-time') return '2030-01-15T10:00:00Z';
      if (schema.format === 'email' || /email/i.test(key)) return 'someone@example.com';
      if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
      if (schema.format === 'uri') return 'https://example.com/';
      return 'Plausible text'.slice(0, Math.max(schema.minLength ?? 1, Math.min(schema.maxLength ?? 14, 14)));
    case undefined:
    default:
      return 'Plausible';
  }
}

describeEachDatabase('fuzzing every OpenAPI operation', (kind) => {
  let app: TestApp;
  let member: Listed;
  let operations: { method: string; path: string; operation: Operation }[];
  // Records of the member's own, so spoiled input on /api/contacts/{id} and /api/clients/{id}
  // reaches the code behind the access check instead of stopping at a 404.
  const ownIds: Record<string, string> = {};
  const countRows = async () => {
    const tables = await app.database.db.execute<{ name: string }>(
      sql`select quote_ident(tablename) as name from pg_tables where schemaname = 'public' order by 1`,
    );
    // job_leases is the scheduler's own bookkeeping: a job may first claim its lease while the fuzz runs.
    // rate_limit_hits counts refused attempts on purpose (a wrong portal password is one).
    const union = tables.rows
      .filter((t) => t.name !== 'job_leases' && t.name !== 'rate_limit_hits')
      .map((t) => `select '${t.name}' as name, count(*)::int as rows from ${t.name}`)
      .join(' union all ');
    const counts = await app.database.db.execute<{ name: string; rows: number }>(sql.raw(union));
    return Object.fromEntries(counts.rows.map((row) => [row.name, Number(row.rows)]));
  };

  beforeAll(async () => {
    app = await createTestApp(kind, { env: { RATE_LIMIT_PER_MINUTE: '100000', NEW_ACCOUNT_DAILY_MESSAGES: '100000' } });
    member = await listMember(app, { displayName: 'Fuzz Tester', postalCode: '02116', country: 'US' });
    const made = async (url: string, payload: object) =>
      (
        await app.inject({
          method: 'POST',
          url,
          headers: { origin, cookie: member.cookie, 'content-type': 'application/json' },
          payload,
        })
      ).json<{ id: string }>().id;
    ownIds['/api/contacts/'] = await made('/api/contacts', { name: 'Fuzz Contact', profession: 'other' });
    ownIds['/api/clients/'] = await made('/api/clients', { name: 'Fuzz Client' });
    for (const id of Object.values(ownIds)) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const document = (await app.inject({ url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, Operation>>;
    }>();
    operations = Object.entries(document.paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
    );
  }, 60_000);
  afterAll(async () => app?.cleanup());

  const call = (method: string, url: string, payload?: string, contentType = 'application/json') =>
    app.inject({
      method: method as 'GET',
      url,
      headers: { origin, cookie: member.cookie, ...(payload === undefined ? {} : { 'content-type': contentType }) },
      ...(payload === undefined ? {} : { payload }),
    });

  const ownId = (path: string, name: string) => {
    const prefix = Object.keys(ownIds).find((start) => path.startsWith(`${start}{${name}}`));
    return prefix ? ownIds[prefix]! : crypto.randomUUID();
  };

  it('finds the operations', () => expect(operations.length).toBeGreaterThan(40));

  it('answers malformed input with a 4xx and writes nothing, never a 5xx', async () => {
    const failures: string[] = [];
    const writes: string[] = [];
    for (const { method, path, operation } of operations) {
      const pathParams = (operation.parameters ?? []).filter((p) => p.in === 'path');
      const queryParams = (operation.parameters ?? []).filter((p) => p.in === 'query');
      const fill = (spoil?: { name: string; value: string }) =>
        pathParams.reduce(
          (url, p) =>
            url.replace(
              `{${p.name}}`,
              spoil?.name === p.name ? spoil.value : p.name === 'slug' ? member.slug : ownId(path, p.name),
            ),
          path,
        );
      const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
      const base = bodySchema ? plausible(bodySchema) : undefined;
      const attempts: { url: string; payload?: string; contentType?: string; what: string }[] = [];
      const bodyText = base === undefined ? undefined : JSON.stringify(base);
      for (const p of pathParams)
        for (const value of badParams)
          attempts.push({
            url: fill({ name: p.name, value }),
            payload: bodyText,
            what: `path ${p.name}=${value.slice(0, 20)}`,
          });
      for (const q of queryParams) {
        for (const value of badParams)
          attempts.push({
            url: `${fill()}?${encodeURIComponent(q.name)}=${value}`,
            payload: bodyText,
            what: `query ${q.name}=${value.slice(0, 20)}`,
          });
        attempts.push({ url: `${fill()}?${q.name}=1&${q.name}=2`, payload: bodyText, what: `query ${q.name} twice` });
      }
      if (method !== 'GET' && method !== 'DELETE') {
        for (const whole of ['"text"', '42', '[]', 'null', '{"unclosed": ', deepJson(5000)])
          attempts.push({ url: fill(), payload: whole, what: `body ${whole.slice(0, 12)}` });
        if (base && typeof base === 'object' && !Array.isArray(base)) {
          for (const key of Object.keys(base)) {
            for (const value of badValues)
              attempts.push({
                url: fill(),
                payload: JSON.stringify({ ...base, [key]: value }),
                what: `body ${key}=${JSON.stringify(value).slice(0, 20)}`,
              });
          }
          attempts.push({
            url: fill(),
            payload: JSON.stringify({ ...base, ['key\u0000']: 'x' }),
            what: 'body key with NUL',
          });
        }
        const boundary = 'fuzzboundary';
        const truncated = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\u0089PNG`;
        attempts.push({
          url: fill(),
          payload: truncated,
          contentType: `multipart/form-data; boundary=${boundary}`,
          what: 'truncated multipart',
        });
        attempts.push({
          url: fill(),
          payload: 'no boundary at all',
          contentType: 'multipart/form-data',
          what: 'multipart without boundary',
        });
      }
      // Rows are counted around the operation's whole batch; only if some attempt was accepted
      // (so a write was allowed) is the batch run again with a count around each refused one.
      const run = async (countEach: boolean) => {
        let accepted = false;
        for (const attempt of attempts) {
          const before = countEach ? await countRows() : null;
          const response = await call(method, attempt.url, attempt.payload, attempt.contentType);
          const where = `${method} ${path} (${attempt.what})`;
          if (response.statusCode >= 500)
            failures.push(`${where} → ${response.statusCode} ${response.body.slice(0, 160)}`);
          if (response.statusCode < 400) accepted = true;
          if (before && response.statusCode >= 400) changedSince(before, await countRows(), where, response.statusCode);
        }
        return accepted;
      };
      const changedSince = (
        before: Record<string, number>,
        after: Record<string, number>,
        where: string,
        status: number,
      ) => {
        const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
        if (changed.length) writes.push(`${where} → ${status} but ${changed.join(', ')} changed`);
      };
      if (method === 'GET') {
        await run(false);
        continue;
      }
      const before = await countRows();
      const failed = failures.length;
      if (await run(false)) {
        failures.length = failed;
        await run(true);
      } else
        changedSince(before, await countRows(), `${method} ${path} (one of ${attempts.length} refused attempts)`, 400);
    }
    expect(failures).toEqual([]);
    expect(writes).toEqual([]);
  }, 240_000);
});
