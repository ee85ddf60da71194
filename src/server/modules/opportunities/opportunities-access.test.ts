// The access walk over every route of the board. Record routes are walked on a post hidden by a
// moderator (which only its author may reach) and on the author's saved search: a stranger and an
// anonymous caller get exactly the 404 a missing record gets, and nothing changes. On a listed post
// a stranger may read and reply, but editing, closing and deleting stay the author's (404 as for a
// missing post). Every route without a record answers an anonymous caller 401.
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  anonymousActor,
  memberActor,
  moduleRoutes,
  namesRecord,
  tableRows,
  walkRecordRoutes,
} from '../../../../test/support/access-walk.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { ageAccount, callAs, jobPost, post } from '../../../../test/support/opportunities.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';

describeEachDatabase('opportunities access walk', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let sam: Listed;
  let hiddenId: string;
  let listedId: string;
  let searchId: string;

  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = await listMember(app, { displayName: 'Maria Lopez', postalCode: '10001', country: 'US' });
    sam = await listMember(app, { displayName: 'Sam Rivera', postalCode: '10010', country: 'US' });
    await ageAccount(app, maria);
    hiddenId = (await post(app, maria, jobPost({ title: 'Hidden by a moderator' }))).id;
    await app.services.opportunities.reportables[0]!.setHidden(hiddenId, true);
    listedId = (await post(app, maria, jobPost({ title: 'Listed for everyone' }))).id;
    const saved = await callAs(app, maria, 'POST', '/api/opportunities/saved-searches', { q: 'prenatal' });
    searchId = saved.json<{ id: string }>().id;
  });
  afterAll(() => app?.cleanup());

  it('walks every record route: only the author reaches a hidden post and their saved search', async () => {
    const report = await walkRecordRoutes(app, {
      tags: ['opportunities'],
      actors: [
        memberActor('author', maria, 'allowed'),
        memberActor('stranger', sam, 'not-found'),
        anonymousActor('not-found'),
      ],
      params: { id: (route) => (route.path.includes('saved-searches') ? searchId : hiddenId) },
      secrets: ['Hidden by a moderator'],
      snapshot: () => tableRows(app, ['opportunities', 'opportunity_saved_searches', 'conversations', 'messages']),
    });
    expect(report.length).toBeGreaterThan(10);
  });

  it('lets a stranger read and reply to a listed post, but not edit, close or delete it', async () => {
    expect((await callAs(app, sam, 'GET', `/api/opportunities/${listedId}`)).statusCode).toBe(200);
    expect((await callAs(app, sam, 'POST', `/api/opportunities/${listedId}/reply`, { body: 'Hello' })).statusCode).toBe(
      201,
    );
    for (const [method, path, body] of [
      ['PATCH', '', { title: 'Mine now' }],
      ['POST', '/close', {}],
      ['DELETE', '', undefined],
    ] as const) {
      const refused = await callAs(app, sam, method, `/api/opportunities/${listedId}${path}`, body);
      const missing = await callAs(app, sam, method, `/api/opportunities/${crypto.randomUUID()}${path}`, body);
      expect(refused.statusCode).toBe(404);
      expect(refused.json<{ error: unknown }>().error).toEqual(missing.json<{ error: unknown }>().error);
    }
    expect((await callAs(app, maria, 'GET', `/api/opportunities/${listedId}`)).json<{ title: string }>().title).toBe(
      'Listed for everyone',
    );
  });

  it('answers 401 to an anonymous caller on every route without a record', async () => {
    const routes = (await moduleRoutes(app, { tags: ['opportunities'] })).filter((route) => !namesRecord(route));
    expect(routes.map((route) => route.key).sort()).toEqual([
      'GET /api/opportunities',
      'GET /api/opportunities/mine',
      'GET /api/opportunities/saved-searches',
      'POST /api/opportunities',
      'POST /api/opportunities/saved-searches',
    ]);
    for (const route of routes) {
      const response = await app.inject({
        method: route.method as 'GET',
        url: route.path,
        headers: { origin, ...(route.method === 'POST' ? { 'content-type': 'application/json' } : {}) },
        // A valid body: validation answers before the handler asks who is calling.
        ...(route.method === 'POST' ? { payload: route.path === '/api/opportunities' ? jobPost() : {} } : {}),
      });
      expect(response.statusCode, route.key).toBe(401);
    }
  });
});
