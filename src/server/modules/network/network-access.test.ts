// Connections, endorsements and away periods belong to their parties. The access walk calls every
// network and cover route in the OpenAPI document: a route that names a record answers a third member exactly
// as for a record that does not exist (404), an anonymous caller 401, and the records are
// unchanged afterwards. A new route without a case here fails the suite.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Connection } from '../../../contracts/network.ts';
import type { AwayPeriod } from '../../../contracts/cover.ts';
import {
  anonymousActor,
  memberActor,
  moduleRoutes,
  namesRecord,
  tableRows,
  walkRecordRoutes,
  type Route,
} from '../../../../test/support/access-walk.ts';
import { connect, insertTrade, userIdOf } from '../../../../test/support/network.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';

type Ids = { id: string; endorsementId: string; awayId: string; coverId: string };
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

// Bodies are valid, so a 404 is about access (the other record routes take the schema's minimal body).
const bodies = {
  'POST /api/connections/{id}/accept': [{}],
  'PATCH /api/connections/{id}': [{ trusted: true }],
  'POST /api/connections/{id}/endorsements': [{ kind: 'specialty', key: 'sports' }],
};
// Scoped to the caller's own records (no record named in the path).
const ownScope = /^(GET|POST) \/api\/(connections|away|reciprocity)$/;
const tags = ['network', 'cover'];

describeEachDatabase('trusted network and cover: a third member sees none of it', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let sam: Listed;
  let pat: Listed;
  let pending: Ids;
  let accepted: Ids;
  let unknown: Ids;

  const call = (who: Listed | null, method: string, url: string, body?: object) =>
    app.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(body === undefined ? { origin } : { 'content-type': 'application/json', origin }),
        ...(who ? { cookie: who.cookie } : {}),
      },
      payload: body,
    });
  // {id} names a connection under /api/connections and an away period under /api/away.
  const paramsOf = (ids: Ids) => ({
    id: (route: Route) => (route.path.startsWith('/api/away') ? ids.awayId : ids.id),
    endorsementId: ids.endorsementId,
    coverId: ids.coverId,
  });
  const snapshot = async () => ({
    connections: (await call(maria, 'GET', '/api/connections')).json<unknown>(),
    away: (await call(maria, 'GET', '/api/away')).json<unknown>(),
    rows: await tableRows(app, ['connections', 'endorsements', 'away_periods', 'away_covers']),
  });

  beforeAll(async () => {
    app = await createTestApp(kind);
    const place = { postalCode: '02116', country: 'US' as const };
    maria = await listMember(app, { displayName: 'Maria Alvarez', ...place });
    sam = await listMember(app, { displayName: 'Sam Okafor', ...place, specialties: ['sports'] });
    pat = await listMember(app, { displayName: 'Pat Rivera', ...place });
    const lee = await listMember(app, { displayName: 'Lee Chen', ...place });
    const connectionId = await connect(app, maria, sam);
    await insertTrade(app, await userIdOf(app, maria), await userIdOf(app, sam));
    const endorsement = await call(maria, 'POST', `/api/connections/${connectionId}/endorsements`, {
      kind: 'specialty',
      key: 'sports',
    });
    const request = await call(lee, 'POST', '/api/connections', { toMemberSlug: maria.slug });
    const away = await call(maria, 'POST', '/api/away', {
      reason: 'vacation',
      startsOn: day(1),
      endsOn: day(5),
      coverSlugs: [sam.slug],
    });
    for (const response of [endorsement, request, away]) expect(response.statusCode, response.body).toBe(201);
    const period = away.json<AwayPeriod>();
    const awayIds = { awayId: period.id, coverId: period.covers[0]!.id };
    const endorsementId = endorsement.json<{ id: string }>().id;
    accepted = { id: connectionId, endorsementId, ...awayIds };
    pending = { id: request.json<Connection>().id, endorsementId, ...awayIds };
    unknown = {
      id: crypto.randomUUID(),
      endorsementId: crypto.randomUUID(),
      awayId: crypto.randomUUID(),
      coverId: crypto.randomUUID(),
    };
  });
  afterAll(async () => app?.cleanup());

  it('names a record on every route but the caller’s own', async () => {
    const routes = await moduleRoutes(app, { tags });
    expect(
      routes.filter((route) => !namesRecord(route) && !ownScope.test(route.key)).map((route) => route.key),
    ).toEqual([]);
  });

  it('answers a third member 404 on every route, exactly as for a record that does not exist, and an anonymous caller 401, changing nothing', async () => {
    await walkRecordRoutes(app, {
      tags,
      actors: [memberActor('a third member', pat, 'not-found'), anonymousActor('unauthorized')],
      params: paramsOf(accepted),
      missing: paramsOf(unknown),
      bodies,
      snapshot,
    });
    await walkRecordRoutes(app, {
      tags,
      actors: [memberActor('a third member', pat, 'not-found')],
      params: paramsOf(pending),
      missing: paramsOf(unknown),
      bodies,
      snapshot,
    });
    for (const url of ['/api/connections', '/api/away', '/api/reciprocity'])
      expect((await call(null, 'GET', url)).statusCode).toBe(401);
  });

  it('leaves the parties’ records as they were', async () => {
    const connections = (await call(maria, 'GET', '/api/connections')).json<{ items: Connection[] }>().items;
    expect(connections.find((item) => item.id === accepted.id)).toMatchObject({
      status: 'accepted',
      trusted: false,
      myEndorsements: [{ key: 'sports' }],
    });
    expect(connections.find((item) => item.id === pending.id)).toMatchObject({ status: 'pending' });
    const mine = (await call(maria, 'GET', '/api/away')).json<{ mine: AwayPeriod[] }>().mine;
    expect(mine[0]).toMatchObject({ state: 'upcoming', endedEarlyAt: null, covers: [{ status: 'invited' }] });
    const listsOfPat = await Promise.all(
      ['/api/connections', '/api/away', '/api/reciprocity'].map((url) => call(pat, 'GET', url)),
    );
    expect(JSON.stringify(listsOfPat.map((response) => response.json<unknown>()))).not.toContain(maria.slug);
  });
});
