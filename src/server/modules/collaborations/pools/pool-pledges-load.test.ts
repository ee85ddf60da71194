// Totals under load: 100 members pledging at the same moment give the exact total, and every
// answer's tier and price match the total it shows; a storm of raises and withdrawals leaves the
// running total equal to the sum of the pledges. The organizer's open page hears each new total live.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MemberActor } from '../../../access/actor.ts';
import { tierReached, unitPriceAt } from '../../../../contracts/pool-pricing.ts';
import type { Pool } from '../../../../contracts/pools.ts';
import { user } from '../../../db/schema/index.ts';
import { listMember, type Listed } from '../../../../../test/support/listed-members.ts';
import { pledge, startPool } from '../../../../../test/support/pools.ts';
import { openSocket } from '../../../../../test/support/realtime-client.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../../test/support/test-app.ts';

const place = { postalCode: '97201', country: 'US' } as const;
const price = {
  listPrice: 1000,
  tiers: [5, 10, 20].map((min, index) => ({ minQuantity: min, unitPrice: 900 - 100 * index })),
};

function consistent(view: Pool) {
  expect(view.currentTier).toBe(tierReached(price, view.totalQuantity));
  expect(view.unitPrice).toBe(unitPriceAt(price, view.totalQuantity));
}

describeEachDatabase('pool totals under concurrency', (kind) => {
  let app: TestApp;
  let olga: Listed;
  let pia: Listed;
  let people: MemberActor[];

  beforeAll(async () => {
    app = await createTestApp(kind, { env: { AUTH_SIGNUPS_PER_WINDOW: '100', NEW_ACCOUNT_DAILY_POSTS: '100' } });
    olga = await listMember(app, { displayName: 'Olga Organizer', ...place });
    pia = await listMember(app, { displayName: 'Pia Pledger', ...place });
    // 100 members written straight into the table (signing 100 people up would spend the test on
    // password hashing); their pledges go through the service as a request's would.
    people = Array.from({ length: 100 }, (_, index) => ({
      kind: 'member',
      userId: `pledger-${kind}-${index}-${randomUUID()}`,
      email: `pledger.${index}.${randomUUID()}@example.com`,
      name: `Pledger ${index}`,
      emailVerified: true,
    }));
    await app.database.db.insert(user).values(people.map(({ userId, name, email }) => ({ id: userId, name, email })));
  });
  afterAll(async () => app?.cleanup());

  it('gives the exact total of 100 concurrent pledges, each answer priced at its own total', async () => {
    const pool = await startPool(app, olga, { minimumQuantity: 150 });
    const { pledges } = app.services.pools;
    const quantities = people.map((_, index) => (index % 3) + 1);
    const answers = await Promise.all(
      people.map((person, index) => pledges.pledge(person, pool.id, quantities[index]!)),
    );
    answers.forEach(consistent);
    const expected = quantities.reduce((sum, each) => sum + each, 0);
    const final = await app.services.pools.pools.get(people[0]!, pool.id);
    expect(final).toMatchObject({ totalQuantity: expected, pledgeCount: 100, currentTier: 3, unitPrice: 700 });
    consistent(final);

    // Half raise, half withdraw, all at once: the running total is still the sum of the pledges.
    const changes = await Promise.all(
      people.map((person, index) => pledges.pledge(person, pool.id, index % 2 === 0 ? 0 : quantities[index]! + 2)),
    );
    changes.forEach(consistent);
    const rows = await app.database.db.execute<{ total: string; pledges: string }>(
      `select coalesce(sum(quantity), 0) as total, count(*) as pledges from pool_pledges where pool_id = '${pool.id}'`,
    );
    const stored = (rows.rows as { total: string; pledges: string }[])[0]!;
    const after = await app.services.pools.pools.get(people[1]!, pool.id);
    expect(after.totalQuantity).toBe(Number(stored.total));
    expect(after.pledgeCount).toBe(Number(stored.pledges));
    expect(after.pledgeCount).toBe(50);
    consistent(after);
  }, 120_000);

  it('pushes the new total, tier and price to the organizer’s open page as pledges arrive', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const socket = await openSocket(base, olga.cookie, origin);
    try {
      const pool = await startPool(app, olga);
      await pledge(app, pia, pool.id, 12);
      const event = await socket.next((each) => each.type === 'pool.updated' && (each.pool as Pool).id === pool.id);
      expect(event.pool).toEqual({
        id: pool.id,
        status: 'open',
        totalQuantity: 12,
        pledgeCount: 1,
        currentTier: 2,
        unitPrice: 800,
        minimumReached: true,
      });
    } finally {
      await socket.close();
    }
  });
});
