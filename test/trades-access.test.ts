// A trade is visible only to its two parties. This walks every /api/trades route in the OpenAPI
// document that names a trade: a third member and an anonymous caller get 404 (as for a trade that
// does not exist), and the trade is unchanged afterwards. A new route without a case fails.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listMember, type Listed } from './support/listed-members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from './support/test-app.ts';
import { moved, propose, tradeCall, tradeOf } from './support/trades.ts';

// Valid bodies, so a 404 is about access and not about input.
const cases: Record<string, { method: 'GET' | 'POST'; body?: unknown }> = {
  'GET /api/trades/{id}': { method: 'GET' },
  'POST /api/trades/{id}/transitions': { method: 'POST', body: { to: 'cancelled', reason: 'Not mine to cancel' } },
  'POST /api/trades/{id}/notes': { method: 'POST', body: { privateNote: 'Snooping', sharedFeedback: 'Spam' } },
};
const transitionBodies = [
  { to: 'accepted' },
  { to: 'declined' },
  { to: 'countered', give: { service: 'Reiki', minutes: 30 }, receive: { service: 'Shiatsu', minutes: 30 } },
  { to: 'scheduled', session: 'mine', startsAt: '2025-02-02T10:00:00Z' },
  { to: 'completed', session: 'theirs' },
  { to: 'no-show', session: 'theirs' },
];

describeEachDatabase('trades: only the two parties see a trade', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let sam: Listed;
  let lee: Listed;
  let tradeId: string;

  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = await listMember(app, { displayName: 'Maria Alvarez', postalCode: '02116', country: 'US' });
    sam = await listMember(app, { displayName: 'Sam Okafor', postalCode: '02139', country: 'US' });
    lee = await listMember(app, { displayName: 'Lee Chen', postalCode: '02139', country: 'US' });
    const trade = await propose(app, maria, sam, { service: 'Swedish massage', minutes: 60 }, { service: 'Sports massage', minutes: 60 });
    tradeId = trade.id;
    await moved(app, sam, tradeId, { to: 'accepted' });
    await moved(app, maria, tradeId, { to: 'scheduled', session: 'theirs', startsAt: '2025-02-01T10:00:00Z' });
    await moved(app, maria, tradeId, { to: 'completed', session: 'theirs' });
    await moved(app, sam, tradeId, { to: 'completed', session: 'mine' });
  });
  afterAll(async () => app?.cleanup());

  it('has a case for every trade route that names a record', async () => {
    const document = (await app.inject({ url: '/api/openapi.json' })).json<{ paths: Record<string, Record<string, unknown>> }>();
    const named = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/api/trades/{'))
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
    expect(named.sort()).toEqual(Object.keys(cases).sort());
    for (const [path, operations] of Object.entries(document.paths).filter(([path]) => path.startsWith('/api/trades'))) {
      for (const operation of Object.values(operations) as { security?: unknown }[]) expect(operation.security, path).toEqual([{ session: [] }]);
    }
  });

  it('answers a third member and an anonymous caller the same 404 on every such route, changing nothing', async () => {
    const before = await tradeOf(app, maria, tradeId);
    for (const [route, { method, body }] of Object.entries(cases)) {
      const url = route.split(' ')[1]!.replace('{id}', tradeId);
      const bodies = route.endsWith('/transitions') ? [body, ...transitionBodies] : [body];
      for (const payload of bodies) {
        const asLee = await tradeCall(app, lee, method, url, payload);
        expect(asLee.statusCode, `${route} as a third member: ${asLee.body}`).toBe(404);
        const missing = await tradeCall(app, lee, method, url.replace(tradeId, crypto.randomUUID()), payload);
        expect(asLee.json<{ error: unknown }>().error).toEqual(missing.json<{ error: unknown }>().error);
        const anonymous = await tradeCall(app, null, method, url, payload);
        expect(anonymous.statusCode, `${route} anonymously: ${anonymous.body}`).toBe(404);
        expect(anonymous.json<{ error: unknown }>().error, `${route} anonymously`).toEqual(asLee.json<{ error: unknown }>().error);
      }
    }
    expect(await tradeOf(app, maria, tradeId)).toEqual(before);
    expect((await tradeOf(app, sam, tradeId)).feedbackFromPartner).toBe('');
  });

  it('keeps the trade out of a third member’s list and ledger, and refuses anonymous lists', async () => {
    expect((await tradeCall(app, lee, 'GET', '/api/trades')).json()).toEqual({ items: [] });
    expect((await tradeCall(app, lee, 'GET', '/api/trades/ledger')).json()).toEqual({ partners: [] });
    for (const url of ['/api/trades', '/api/trades/ledger']) expect((await tradeCall(app, null, 'GET', url)).statusCode).toBe(401);
    const anonymousProposal = await tradeCall(app, null, 'POST', '/api/trades', { toMemberSlug: maria.slug, give: { service: 'Reiki', minutes: 30 }, receive: { service: 'Shiatsu', minutes: 30 } });
    expect(anonymousProposal.statusCode).toBe(401);
    expect((await tradeCall(app, maria, 'GET', '/api/trades')).json<{ items: unknown[] }>().items).toHaveLength(1);
  });
});
