// A referral is visible only to its two parties. The access walk calls every referral route in the
// OpenAPI document that names a referral: a third member and an anonymous caller get 404, exactly as
// for a referral that does not exist (the list and create routes answer anonymous 401), and the
// referral's rows are unchanged afterwards. A new route whose parameters are not filled fails.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Referral } from '../../../contracts/referrals.ts';
import {
  anonymousActor,
  memberActor,
  moduleRoutes,
  namesRecord,
  tableRows,
  walkRecordRoutes,
} from '../../../../test/support/access-walk.ts';
import type { Listed } from '../../../../test/support/listed-members.ts';
import { call, refer, referralBody, referralScene } from '../../../../test/support/referrals.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

// Valid bodies, so a 404 is about access.
const bodies = {
  'POST /api/referrals/{id}/transitions': [{ to: 'accepted' }],
  'POST /api/referrals/{id}/thanks': [{ message: 'Thanks!' }],
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

  it('names the referral on every route but the caller’s own lists and create', async () => {
    const routes = await moduleRoutes(app, { tags: ['referrals'] });
    expect(
      routes
        .filter((route) => !namesRecord(route))
        .map((route) => route.key)
        .sort(),
    ).toEqual([...ownScope].sort());
  });

  it('answers a third member and an anonymous caller 404 on every referral route, exactly as for a referral that does not exist, changing nothing', async () => {
    await walkRecordRoutes(app, {
      tags: ['referrals'],
      actors: [
        memberActor('the referring member', maria, 'allowed'),
        memberActor('a third member', sam, 'not-found'),
        anonymousActor('not-found'),
      ],
      params: { id: referral.id },
      bodies,
      secrets: ['L4-L5', 'Jordan'],
      snapshot: async () => ({
        view: (await call(app, maria, 'GET', `/api/referrals/${referral.id}`)).json<unknown>(),
        rows: await tableRows(app, ['referrals', 'referral_events', 'referral_links']),
      }),
    });
    const lists = await Promise.all(
      ['inbox', 'outbox'].map((box) => call(app, sam, 'GET', `/api/referrals?box=${box}`)),
    );
    expect(JSON.stringify(lists.map((list) => list.json<unknown>()))).not.toContain(referral.id);
  });

  it('answers an anonymous caller 401 on the list and create routes', async () => {
    for (const route of ownScope) {
      const [method, path] = route.split(' ') as [string, string];
      // A valid body, so the answer is about who is calling, not what they sent.
      const body =
        route === 'POST /api/referrals' ? referralBody(clientId, consentId, { toMemberSlug: chiro.slug }) : undefined;
      const response = await call(app, null, method, path, body);
      expect(response.statusCode, `${route}: ${response.body}`).toBe(401);
    }
  });

  it('refuses to refer another member’s client, as if it did not exist', async () => {
    const theirs = await call(
      app,
      sam,
      'POST',
      '/api/referrals',
      referralBody(clientId, consentId, { toMemberSlug: chiro.slug }),
    );
    const missing = await call(
      app,
      sam,
      'POST',
      '/api/referrals',
      referralBody(crypto.randomUUID(), consentId, { toMemberSlug: chiro.slug }),
    );
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json<{ error: unknown }>().error).toEqual(missing.json<{ error: unknown }>().error);
  });

  it('leaves the referral as it was', async () => {
    const after = (await call(app, maria, 'GET', `/api/referrals/${referral.id}`)).json<Referral>();
    expect(after).toMatchObject({ status: 'sent', link: null });
    expect(after.timeline.map((event) => event.kind)).toEqual(['sent']);
  });
});
