// Connections, endorsements and away periods belong to their parties. Walking every network and
// away route in the OpenAPI document: a route that names a record answers a third member exactly
// as for a record that does not exist (404), an anonymous caller 401, and the records are
// unchanged afterwards. A new route without a case here fails the suite.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Connection } from '../src/contracts/network.ts';
import type { AwayPeriod } from '../src/contracts/cover.ts';
import { connect, insertTrade, userIdOf } from './support/network.ts';
import { listMember, type Listed } from './support/listed-members.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from './support/test-app.ts';

type Ids = { id: string; endorsementId: string; awayId: string; coverId: string };
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

// Every route that names a record. Bodies are valid, so a 404 is about access.
const cases: Record<string, { body?: object }> = {
  'POST /api/connections/{id}/accept': { body: {} },
  'PATCH /api/connections/{id}': { body: { trusted: true } },
  'DELETE /api/connections/{id}': {},
  'POST /api/connections/{id}/endorsements': { body: { kind: 'specialty', key: 'sports' } },
  'DELETE /api/connections/{id}/endorsements/{endorsementId}': {},
  'POST /api/away/{id}/end': { body: {} },
  'POST /api/away/{id}/covers/{coverId}/accept': { body: {} },
  'POST /api/away/{id}/covers/{coverId}/decline': { body: {} },
};
// Scoped to the caller's own records (no record named in the path).
const ownScope = /^(GET|POST) \/api\/(connections|away|reciprocity)$/;

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
      headers: { ...(body === undefined ? { origin } : { 'content-type': 'application/json', origin }), ...(who ? { cookie: who.cookie } : {}) },
      payload: body,
    });
  const urlFor = (route: string, ids: Ids) => {
    const path = route.split(' ')[1]!;
    const id = path.startsWith('/api/away') ? ids.awayId : ids.id;
    return path.replace('{id}', id).replace('{endorsementId}', ids.endorsementId).replace('{coverId}', ids.coverId);
  };

  beforeAll(async () => {
    app = await createTestApp(kind);
    const place = { postalCode: '02116', country: 'US' as const };
    maria = await listMember(app, { displayName: 'Maria Alvarez', ...place });
    sam = await listMember(app, { displayName: 'Sam Okafor', ...place, specialties: ['sports'] });
    pat = await listMember(app, { displayName: 'Pat Rivera', ...place });
    const lee = await listMember(app, { displayName: 'Lee Chen', ...place });
    const connectionId = await connect(app, maria, sam);
    await insertTrade(app, await userIdOf(app, maria), await userIdOf(app, sam));
    const endorsement = await call(maria, 'POST', `/api/connections/${connectionId}/endorsements`, { kind: 'specialty', key: 'sports' });
    const request = await call(lee, 'POST', '/api/connections', { toMemberSlug: maria.slug });
    const away = await call(maria, 'POST', '/api/away', { reason: 'vacation', startsOn: day(1), endsOn: day(5), coverSlugs: [sam.slug] });
    for (const response of [endorsement, request, away]) expect(response.statusCode, response.body).toBe(201);
    const period = away.json<AwayPeriod>();
    const awayIds = { awayId: period.id, coverId: period.covers[0]!.id };
    const endorsementId = endorsement.json<{ id: string }>().id;
    accepted = { id: connectionId, endorsementId, ...awayIds };
    pending = { id: request.json<Connection>().id, endorsementId, ...awayIds };
    unknown = { id: crypto.randomUUID(), endorsementId: crypto.randomUUID(), awayId: crypto.randomUUID(), coverId: crypto.randomUUID() };
  });
  afterAll(async () => app?.cleanup());

  it('has a case for every route that names a record', () => {
    const spec = app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(spec.paths)
      .filter(([path]) => /^\/api\/(connections|away|reciprocity)/.test(path))
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
    expect(routes.filter((route) => !(route in cases) && !ownScope.test(route))).toEqual([]);
    expect(Object.keys(cases).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('answers a third member 404 on every route, exactly as for a record that does not exist', async () => {
    for (const ids of [accepted, pending]) {
      for (const [route, { body }] of Object.entries(cases)) {
        const method = route.split(' ')[0]!;
        const theirs = await call(pat, method, urlFor(route, ids), body);
        const missing = await call(pat, method, urlFor(route, unknown), body);
        expect(theirs.statusCode, `${route}: ${theirs.body}`).toBe(404);
        expect(theirs.json<{ error: unknown }>().error).toEqual(missing.json<{ error: unknown }>().error);
      }
    }
  });

  it('answers an anonymous caller 401 on every route', async () => {
    for (const [route, { body }] of Object.entries(cases)) {
      expect((await call(null, route.split(' ')[0]!, urlFor(route, accepted), body)).statusCode, route).toBe(401);
    }
    for (const url of ['/api/connections', '/api/away', '/api/reciprocity']) expect((await call(null, 'GET', url)).statusCode).toBe(401);
  });

  it('leaves the parties’ records as they were', async () => {
    const connections = (await call(maria, 'GET', '/api/connections')).json<{ items: Connection[] }>().items;
    expect(connections.find((item) => item.id === accepted.id)).toMatchObject({ status: 'accepted', trusted: false, myEndorsements: [{ key: 'sports' }] });
    expect(connections.find((item) => item.id === pending.id)).toMatchObject({ status: 'pending' });
    const mine = (await call(maria, 'GET', '/api/away')).json<{ mine: AwayPeriod[] }>().mine;
    expect(mine[0]).toMatchObject({ state: 'upcoming', endedEarlyAt: null, covers: [{ status: 'invited' }] });
    const listsOfPat = await Promise.all(['/api/connections', '/api/away', '/api/reciprocity'].map((url) => call(pat, 'GET', url)));
    expect(JSON.stringify(listsOfPat.map((response) => response.json<unknown>()))).not.toContain(maria.slug);
  });
});
