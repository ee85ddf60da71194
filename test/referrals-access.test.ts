// A referral is visible only to its two parties. This walks every referral route in the OpenAPI
// document: a third member and an anonymous caller get 404, exactly as for a referral that does not
// exist (the list and create routes answer anonymous 401), and the referral is unchanged afterwards.
// A new route without a case fails.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Referral } from '../src/contracts/referrals.ts';
import type { Listed } from './support/listed-members.ts';
import { call, refer, referralBody, referralScene } from './support/referrals.ts';
import { createTestApp, describeEachDatabase, type TestApp } from './support/test-app.ts';

// Every route that names a referral. Bodies are valid, so a 404 is about access.
const cases: Record<string, { body?: unknown }> = {
  'GET /api/referrals/{id}': {},
  'POST /api/referrals/{id}/transitions': { body: { to: 'accepted' } },
  'POST /api/referrals/{id}/thanks': { body: { message: 'Thanks!' } },
  'POST /api/referrals/{id}/link': {},
  'POST /api/referrals/{id}/link/revoke': {},
  'GET /api/referrals/{id}/letter.pdf': {},
  'GET /api/referrals/{id}/outcome.pdf': {},
};
// Scoped to the caller's own referrals or own clients: no referral named in the path.
const ownScope = ['GET /api/referrals', 'POST /api/referrals', 'GET /api/referrals/suggestions'];

describeEachDatabase('referrals: nobody but the two parties', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let chiro: Listed;
  let sam: Listed;
  let referral: Referral;
  let clientId: string;
  let consentId: string;

  beforeAll(async () => {
    app = await createTestApp(kind);
    const scene = await referralScene(app);
    ({ maria, chiro, sam, clientId, consentId } = scene);
    referral = await refer(app, maria, referralBody(scene.clientId, scene.consentId, { toMemberSlug: chiro.slug }));
  });
  afterAll(async () => app?.cleanup());

  const routes = () => {
    const spec = app.swagger() as { paths: Record<string, Record<string, unknown>> };
    return Object.entries(spec.paths)
      .filter(([path]) => path.startsWith('/api/referrals'))
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
  };

  it('has a case for every referral route', () => {
    expect(routes().filter((route) => !(route in cases) && !ownScope.includes(route))).toEqual([]);
    expect(Object.keys(cases).filter((route) => !routes().includes(route))).toEqual([]);
  });

  it('answers a third member 404 on every route, exactly as for a referral that does not exist', async () => {
    for (const [route, { body }] of Object.entries(cases)) {
      const [method, path] = route.split(' ') as [string, string];
      const theirs = await call(app, sam, method, path.replace('{id}', referral.id), body);
      const missing = await call(app, sam, method, path.replace('{id}', crypto.randomUUID()), body);
      expect(theirs.statusCode, `${route}: ${theirs.body}`).toBe(404);
      expect(theirs.json<{ error: unknown }>().error).toEqual(missing.json<{ error: unknown }>().error);
    }
    const lists = await Promise.all(['inbox', 'outbox'].map((box) => call(app, sam, 'GET', `/api/referrals?box=${box}`)));
    expect(JSON.stringify(lists.map((list) => list.json<unknown>()))).not.toContain(referral.id);
  });

  it('answers an anonymous caller on a referral exactly as a third member, and 401 on the list and create routes', async () => {
    for (const route of routes()) {
      const [method, path] = route.split(' ') as [string, string];
      // Valid bodies, so the answer is about who is calling, not what they sent.
      const body = route === 'POST /api/referrals' ? referralBody(clientId, consentId, { toMemberSlug: chiro.slug }) : cases[route]?.body;
      const url = path.replace('{id}', referral.id);
      const response = await call(app, null, method, url, body);
      if (!(route in cases)) {
        expect(response.statusCode, `${route}: ${response.body}`).toBe(401);
        continue;
      }
      const stranger = await call(app, sam, method, url, body);
      expect(response.statusCode, `${route}: ${response.body}`).toBe(404);
      expect(response.json<{ error: unknown }>().error, route).toEqual(stranger.json<{ error: unknown }>().error);
    }
  });

  it('refuses to refer another member’s client, as if it did not exist', async () => {
    const theirs = await call(app, sam, 'POST', '/api/referrals', referralBody(clientId, consentId, { toMemberSlug: chiro.slug }));
    const missing = await call(app, sam, 'POST', '/api/referrals', referralBody(crypto.randomUUID(), consentId, { toMemberSlug: chiro.slug }));
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json<{ error: unknown }>().error).toEqual(missing.json<{ error: unknown }>().error);
  });

  it('leaves the referral as it was', async () => {
    const after = (await call(app, maria, 'GET', `/api/referrals/${referral.id}`)).json<Referral>();
    expect(after).toMatchObject({ status: 'sent', link: null });
    expect(after.timeline.map((event) => event.kind)).toEqual(['sent']);
  });
});
