// Who reaches a pool. Any member sees and pledges to a pool that is not hidden; the order sheet and
// cancelling are its organizer's (another member gets the 404 a missing pool gets); a hidden pool
// answers 404 on every route to everyone but its organizer. The walk reads every /api/pools route
// that names a pool from OpenAPI, so a new route without a case fails here.
import { afterAll, beforeAll, it } from 'vitest';
import {
  expectRecordRoutesBehindSession,
  anonymousActor,
  memberActor,
  tableRows,
  walkRecordRoutes,
} from '../../../../../test/support/access-walk.ts';
import { listMember, type Listed } from '../../../../../test/support/listed-members.ts';
import { pledge, poolCall, startPool } from '../../../../../test/support/pools.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../../test/support/test-app.ts';

const recordRoutes = [
  'GET /api/pools/{id}',
  'POST /api/pools/{id}/pledges',
  'DELETE /api/pools/{id}/pledges',
  'POST /api/pools/{id}/cancel',
  'GET /api/pools/{id}/order-sheet.csv',
  'GET /api/pools/{id}/order-sheet.pdf',
];
const anyMember = 'any member may read and pledge to a pool that is not hidden (tested in pools.test.ts)';
const bodies = { 'POST /api/pools/{id}/pledges': [{ quantity: 3 }, { quantity: 0 }] };

describeEachDatabase('pools: who reaches a pool', (kind) => {
  let app: TestApp;
  let olga: Listed;
  let pia: Listed;
  let stranger: Listed;
  let poolId: string;
  let hiddenId: string;

  beforeAll(async () => {
    app = await createTestApp(kind, { env: { AUTH_SIGNUPS_PER_WINDOW: '100', NEW_ACCOUNT_DAILY_POSTS: '100' } });
    olga = await listMember(app, { displayName: 'Olga Organizer', postalCode: '02116', country: 'US' });
    pia = await listMember(app, { displayName: 'Pia Pledger', postalCode: '02139', country: 'US' });
    stranger = await listMember(app, { displayName: 'Sam Stranger', postalCode: '02139', country: 'US' });
    poolId = (await startPool(app, olga)).id;
    await pledge(app, pia, poolId, 4);
    hiddenId = (await startPool(app, olga)).id;
    await pledge(app, pia, hiddenId, 2);
    await app.services.pools.reportables[0]!.setHidden(hiddenId, true);
  });
  afterAll(async () => app?.cleanup());

  const snapshot = (id: string) => async () => ({
    view: (await poolCall(app, olga, 'GET', `/api/pools/${id}`)).json<unknown>(),
    rows: await tableRows(app, ['pools', 'pool_pledges']),
  });

  it('knows every pool route that names a pool, each behind the session', async () => {
    await expectRecordRoutesBehindSession(app, { prefixes: ['/api/pools'] }, recordRoutes);
  });

  it('keeps the order sheet and cancelling to the organizer: a pledger, a stranger and anonymous get 404', async () => {
    await walkRecordRoutes(app, {
      prefixes: ['/api/pools'],
      actors: [
        memberActor('the organizer', olga, 'allowed'),
        memberActor('a pledger', pia, 'not-found'),
        memberActor('another member', stranger, 'not-found'),
        anonymousActor('not-found'),
      ],
      params: { id: poolId },
      skip: {
        'GET /api/pools/{id}': anyMember,
        'POST /api/pools/{id}/pledges': anyMember,
        'DELETE /api/pools/{id}/pledges': anyMember,
      },
      snapshot: snapshot(poolId),
    });
  });

  it('answers 404 on every route of a hidden pool to everyone but its organizer, changing nothing', async () => {
    await walkRecordRoutes(app, {
      prefixes: ['/api/pools'],
      actors: [
        memberActor('the organizer', olga, 'allowed'),
        memberActor('its pledger', pia, 'not-found'),
        memberActor('another member', stranger, 'not-found'),
        anonymousActor('not-found'),
      ],
      params: { id: hiddenId },
      bodies,
      snapshot: snapshot(hiddenId),
    });
  });
});
