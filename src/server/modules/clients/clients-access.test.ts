// Clients, their consents and their access log are private to the therapist. The access walk calls
// every client route in the OpenAPI document: another member gets 404 exactly as for a client that does
// not exist, and so does an anonymous caller (401 only on the list and create routes), and afterwards the record, its consents and its access log
// are as they were (nobody else's attempt counts as a read). A new route without a case fails.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AccessLogEntry, Client, Consent } from '../../../contracts/clients.ts';
import {
  anonymousActor,
  memberActor,
  moduleRoutes,
  namesRecord,
  tableRows,
  walkRecordRoutes,
} from '../../../../test/support/access-walk.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { asMember } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';

type Ids = { id: string; consentId: string };
// Valid bodies, so a 404 is about access and not about input.
const bodies = {
  'PATCH /api/clients/{id}': [{ notes: 'Overwritten by someone else', archived: true }],
  'POST /api/clients/{id}/consents': [
    { scope: ['identity', 'history'], sharedWith: { kind: 'any-referral' }, method: 'written' },
  ],
  'POST /api/clients/{id}/consents/{consentId}/withdraw': [{ reason: 'mischief' }],
};
// Scoped to the caller's own clients: no record named in the path.
const ownScope = ['GET /api/clients', 'POST /api/clients'];

describeEachDatabase('clients: nobody else sees them', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let sam: Listed;
  let owned: Ids;
  let unknown: Ids;

  const call = (who: Listed | null, method: string, url: string, body?: unknown) =>
    app.inject({
      method: method as 'GET',
      url,
      headers: who
        ? body === undefined
          ? { cookie: who.cookie, origin }
          : asMember(who.cookie)
        : { 'content-type': 'application/json', origin },
      payload: body as object,
    });

  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = await listMember(app, {
      displayName: 'Maria Alvarez',
      postalCode: '02116',
      country: 'US',
      profession: 'massage-therapist',
    });
    sam = await listMember(app, {
      displayName: 'Sam Okafor',
      postalCode: '02139',
      country: 'US',
      profession: 'massage-therapist',
    });
    const client = await call(maria, 'POST', '/api/clients', {
      name: 'Jordan Lee',
      email: 'jordan@example.com',
      notes: 'Left calf tender',
    });
    const id = client.json<Client>().id;
    const consent = await call(maria, 'POST', `/api/clients/${id}/consents`, {
      scope: ['reason'],
      sharedWith: { kind: 'profession', profession: 'chiropractor' },
      method: 'signed-online',
    });
    expect([client.statusCode, consent.statusCode]).toEqual([201, 201]);
    owned = { id, consentId: consent.json<Consent>().id };
    unknown = { id: crypto.randomUUID(), consentId: crypto.randomUUID() };
  });
  afterAll(async () => app?.cleanup());

  it('names the client on every route but the caller’s own list and create', async () => {
    const routes = await moduleRoutes(app, { tags: ['clients'] });
    expect(
      routes
        .filter((route) => !namesRecord(route))
        .map((route) => route.key)
        .sort(),
    ).toEqual([...ownScope].sort());
  });

  it('answers another member and an anonymous caller 404 exactly as for a client that does not exist, changing nothing', async () => {
    await walkRecordRoutes(app, {
      tags: ['clients'],
      actors: [memberActor('another member', sam, 'not-found'), anonymousActor('not-found')],
      params: owned,
      missing: unknown,
      bodies,
      secrets: ['Jordan', 'calf'],
      // Table rows, not the owner's reads: reading a client writes the access log.
      snapshot: () => tableRows(app, ['clients', 'client_consents', 'client_access_log']),
    });
    for (const route of ownScope) {
      const [method, path] = route.split(' ') as [string, string];
      expect(
        (await call(null, method, path, method === 'POST' ? { name: 'Anonymous' } : undefined)).statusCode,
        `${route} anonymously`,
      ).toBe(401);
    }
  });

  it('leaves the record, its consents and its access log as they were, and out of the other member’s list', async () => {
    const log = (await call(maria, 'GET', `/api/clients/${owned.id}/access-log`)).json<{ items: AccessLogEntry[] }>()
      .items;
    expect(log).toEqual([]);
    expect((await call(maria, 'GET', `/api/clients/${owned.id}`)).json<Client>()).toMatchObject({
      notes: 'Left calf tender',
      archivedAt: null,
    });
    const consents = (await call(maria, 'GET', `/api/clients/${owned.id}/consents`)).json<{ items: Consent[] }>().items;
    expect(consents.map((c) => [c.id, c.status])).toEqual([[owned.consentId, 'active']]);
    const samsList = await call(sam, 'GET', '/api/clients?archived=true');
    expect(samsList.statusCode).toBe(200);
    expect(samsList.body).not.toContain('Jordan');
  });
});
