// The member's home answers only for the caller: walks every /api/me/home route in OpenAPI, so a
// new route there without a case fails the suite. Anonymous callers get 401; a member never sees a
// number that belongs to someone else.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MemberHome } from '../../../contracts/home.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { call } from '../../../../test/support/referrals.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

type Case = { check: (own: MemberHome, other: MemberHome) => void };

const cases: Record<string, Case> = {
  'GET /api/me/home': {
    check: (own, other) => {
      expect(own.pipeline.total).toBe(1);
      expect(other.pipeline.total).toBe(0);
      expect(other.profile.slug).not.toBe(own.profile.slug);
    },
  },
};

describeEachDatabase('home: the caller’s own, nobody else’s', (kind) => {
  let app: TestApp;
  let owner: Listed;
  let other: Listed;

  beforeAll(async () => {
    app = await createTestApp(kind);
    owner = await listMember(app, {
      displayName: 'Olive Grant',
      profession: 'massage-therapist',
      postalCode: '83301',
      country: 'US',
    });
    other = await listMember(app, {
      displayName: 'Theo Marsh',
      profession: 'physiotherapist',
      postalCode: '83338',
      country: 'US',
    });
    expect(
      (await call(app, owner, 'POST', '/api/contacts', { name: 'Dr. Ada Park', profession: 'physician' })).statusCode,
    ).toBe(201);
  });
  afterAll(() => app.cleanup());

  it('has a case for every home route in OpenAPI, each behind the session', async () => {
    const spec = (await app.inject({ url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    }>();
    const routes = Object.entries(spec.paths)
      .filter(([path]) => path.startsWith('/api/me/home'))
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.filter((route) => !(route in cases))).toEqual([]);
    for (const route of routes) {
      const [method, path] = route.split(' ') as [string, string];
      expect(spec.paths[path]![method.toLowerCase()]!.security, route).toEqual([{ session: [] }]);
    }
  });

  it('refuses anonymous callers and shows each member only their own', async () => {
    for (const [route, { check }] of Object.entries(cases)) {
      const [method, url] = route.split(' ') as [string, string];
      expect((await call(app, null, method, url)).statusCode, route).toBe(401);
      const own = await call(app, owner, method, url);
      const theirs = await call(app, other, method, url);
      expect([own.statusCode, theirs.statusCode], route).toEqual([200, 200]);
      check(own.json<MemberHome>(), theirs.json<MemberHome>());
    }
  });
});
