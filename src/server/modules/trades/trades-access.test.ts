// A trade is visible only to its two parties. The access walk calls every /api/trades route in the
// OpenAPI document that names a trade: a third member and an anonymous caller get 404 (as for a trade that
// does not exist), and the trade is unchanged afterwards. A new route without a case fails.
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  expectRecordRoutesBehindSession,
  anonymousActor,
  memberActor,
  tableRows,
  walkRecordRoutes,
} from '../../../../test/support/access-walk.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';
import { moved, propose, tradeCall, tradeOf } from '../../../../test/support/trades.ts';

// Valid bodies, so a 404 is about access and not about input; every kind of transition.
const bodies = {
  'POST /api/trades/{id}/transitions': [
    { to: 'cancelled', reason: 'Not mine to cancel' },
    { to: 'accepted' },
    { to: 'declined' },
    { to: 'countered', give: { service: 'Reiki', minutes: 30 }, receive: { service: 'Shiatsu', minutes: 30 } },
    { to: 'scheduled', session: 'mine', startsAt: '2025-02-02T10:00:00Z' },
    { to: 'completed', session: 'theirs' },
    { to: 'no-show', session: 'theirs' },
  ],
  'POST /api/trades/{id}/notes': [{ privateNote: 'Snooping', sharedFeedback: 'Spam' }],
};
const recordRoutes = ['GET /api/trades/{id}', 'POST /api/trades/{id}/transitions', 'POST /api/trades/{id}/notes'];

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
    const trade = await propose(
      app,
      maria,
      sam,
      { service: 'Swedish massage', minutes: 60 },
      { service: 'Sports massage', minutes: 60 },
    );
    tradeId = trade.id;
    await moved(app, sam, tradeId, { to: 'accepted' });
    await moved(app, maria, tradeId, { to: 'scheduled', session: 'theirs', startsAt: '2025-02-01T10:00:00Z' });
    await moved(app, maria, tradeId, { to: 'completed', session: 'theirs' });
    await moved(app, sam, tradeId, { to: 'completed', session: 'mine' });
  });
  afterAll(async () => app?.cleanup());

  it('knows every trade route that names a record, each behind the session', async () => {
    await expectRecordRoutesBehindSession(app, { prefixes: ['/api/trades'] }, recordRoutes);
  });

  it('answers a third member and an anonymous caller the same 404 on every such route, changing nothing', async () => {
    await walkRecordRoutes(app, {
      prefixes: ['/api/trades'],
      actors: [
        memberActor('a party', maria, 'allowed'),
        memberActor('a third member', lee, 'not-found'),
        anonymousActor('not-found'),
      ],
      params: { id: tradeId },
      bodies,
      snapshot: async () => ({
        view: await tradeOf(app, maria, tradeId),
        rows: await tableRows(app, ['trades', 'trade_sessions', 'trade_ledger_entries', 'trade_notes']),
      }),
    });
    expect((await tradeOf(app, sam, tradeId)).feedbackFromPartner).toBe('');
  });

  it('keeps the trade out of a third member’s list and ledger, and refuses anonymous lists', async () => {
    expect((await tradeCall(app, lee, 'GET', '/api/trades')).json()).toEqual({ items: [] });
    expect((await tradeCall(app, lee, 'GET', '/api/trades/ledger')).json()).toEqual({ partners: [] });
    for (const url of ['/api/trades', '/api/trades/ledger'])
      expect((await tradeCall(app, null, 'GET', url)).statusCode).toBe(401);
    const anonymousProposal = await tradeCall(app, null, 'POST', '/api/trades', {
      toMemberSlug: maria.slug,
      give: { service: 'Reiki', minutes: 30 },
      receive: { service: 'Shiatsu', minutes: 30 },
    });
    expect(anonymousProposal.statusCode).toBe(401);
    expect((await tradeCall(app, maria, 'GET', '/api/trades')).json<{ items: unknown[] }>().items).toHaveLength(1);
  });
});
