// A room one is not admitted to answers as a room that does not exist: the access walk calls every
// /api/rooms route in the OpenAPI document that names a room, as a stranger and anonymously.
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  anonymousActor,
  memberActor,
  moduleRoutes,
  namesRecord,
  walkRecordRoutes,
} from '../../../../test/support/access-walk.ts';
import { signUp } from '../../../../test/support/members.ts';
import { registerTestRooms } from '../../../../test/support/rooms.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

describeEachDatabase('rooms: only the admitted get in', (kind) => {
  let app: TestApp;
  let member: { cookie: string };
  let stranger: { cookie: string };

  beforeAll(async () => {
    app = await createTestApp(kind);
    registerTestRooms(app.services);
    member = await signUp(app, 'Mia Member', 'member.mia@example.com');
    stranger = await signUp(app, 'Sid Stranger', 'sid@example.com');
  });
  afterAll(async () => app?.cleanup());

  it('knows every room route, each behind the session', async () => {
    const routes = await moduleRoutes(app, { prefixes: ['/api/rooms'] });
    expect(routes.map((route) => route.key).sort()).toEqual(['GET /api/rooms/ws', 'POST /api/rooms/{kind}/{id}/token']);
    expect(routes.filter(namesRecord).map((route) => route.key)).toEqual(['POST /api/rooms/{kind}/{id}/token']);
    for (const route of routes) expect(route.operation.security, route.key).toEqual([{ session: [] }]);
  });

  it('answers a stranger and an anonymous caller the 404 of a room that does not exist', async () => {
    await walkRecordRoutes(app, {
      prefixes: ['/api/rooms'],
      actors: [
        memberActor('a member', member, 'allowed'),
        memberActor('a stranger', stranger, 'not-found'),
        anonymousActor('not-found'),
      ],
      params: { kind: 'test', id: 'test-walk' },
      missing: { kind: 'test', id: 'test-missing-but-not-admitted' },
      // Tokens are signed, not stored: nothing to change, so the snapshot is the member's own answer's shape.
      snapshot: async () =>
        (
          await app.inject({
            method: 'POST',
            url: '/api/rooms/test/test-walk/token',
            headers: { origin: 'http://localhost:3000', cookie: member.cookie },
          })
        ).statusCode,
    });
  });
});
