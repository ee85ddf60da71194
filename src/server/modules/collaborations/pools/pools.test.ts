// Group purchasing pools through the API: starting one (bad input names its field; the new-account
// post limit), pledging with the tier and price following the total, the 48-hour rule, the
// organizer's cancel and order sheet, and a hidden pool disappearing for everyone but its organizer.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Pool, PoolList } from '../../../../contracts/pools.ts';
import { listMember, type Listed } from '../../../../../test/support/listed-members.ts';
import { readPdf } from '../../../../../test/support/pdf.ts';
import { makeDue, pledge, poolBody, poolCall, startPool } from '../../../../../test/support/pools.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../../test/support/test-app.ts';

const place = { postalCode: '83702', country: 'US' } as const;

describeEachDatabase('group purchasing pools', (kind) => {
  let app: TestApp;
  let olga: Listed;
  let pia: Listed;
  let quinn: Listed;

  beforeAll(async () => {
    app = await createTestApp(kind, { env: { NEW_ACCOUNT_DAILY_POSTS: '3', AUTH_SIGNUPS_PER_WINDOW: '100' } });
    olga = await listMember(app, { displayName: 'Olga Organizer', ...place });
    pia = await listMember(app, { displayName: 'Pia Pledger', ...place });
    quinn = await listMember(app, { displayName: 'Quinn Pledger', ...place });
    // Olga's account is a month old: the new-account post limit does not apply to her.
    await app.database.db.execute(
      `update "user" set created_at = now() - interval '30 days' where email = '${olga.email}'`,
    );
  });
  afterAll(async () => app?.cleanup());

  it('starts a pool with its tiers, below the first tier at the list price, visible to every member', async () => {
    const pool = await startPool(app, olga);
    expect(pool).toMatchObject({
      status: 'open',
      totalQuantity: 0,
      pledgeCount: 0,
      currentTier: null,
      unitPrice: 1000,
      listPrice: 1000,
      minimumReached: false,
      mine: true,
      myPledge: null,
      organizer: { displayName: 'Olga Organizer' },
    });
    expect(new Date(pool.deadline).getTime() - new Date(pool.lowerUntil).getTime()).toBe(48 * 3600_000);
    const seen = await poolCall(app, pia, 'GET', `/api/pools/${pool.id}`);
    expect(seen.json<Pool>()).toMatchObject({ id: pool.id, mine: false });
    const open = (await poolCall(app, quinn, 'GET', '/api/pools')).json<PoolList>();
    expect(open.items.map((item) => item.id)).toContain(pool.id);
  });

  it.each([
    [{ tiers: [{ minQuantity: 5, unitPrice: 1200 }] }, 'tiers.0.unitPrice', 'below the unit price'],
    [
      {
        tiers: [
          { minQuantity: 5, unitPrice: 900 },
          { minQuantity: 5, unitPrice: 800 },
        ],
      },
      'tiers.1.minQuantity',
      'more than the tier before',
    ],
    [
      {
        tiers: [
          { minQuantity: 5, unitPrice: 800 },
          { minQuantity: 10, unitPrice: 900 },
        ],
      },
      'tiers.1.unitPrice',
      'below the tier before',
    ],
    [
      { tiers: Array.from({ length: 6 }, (_, index) => ({ minQuantity: index + 1, unitPrice: 900 - index })) },
      'tiers',
      'at most 5',
    ],
    [{ unitPrice: 10.5 }, 'unitPrice', 'whole cents'],
    [{ minimumQuantity: 0 }, 'minimumQuantity', 'at least 1'],
    [{ deadline: new Date(Date.now() - 60_000).toISOString() }, 'deadline', 'at least an hour from now'],
    [{ deadline: 'next friday' }, 'deadline', 'date and time'],
    [{ title: '' }, 'title', 'at least 3'],
  ])('refuses bad input naming the field: %j', async (overrides, field, words) => {
    const before = (await poolCall(app, olga, 'GET', '/api/pools?scope=mine')).json<PoolList>().items.length;
    const response = await poolCall(app, olga, 'POST', '/api/pools', { ...poolBody(), ...overrides });
    expect(response.statusCode, response.body).toBe(400);
    const { error } = response.json<{ error: { details: { field: string; message: string }[] } }>();
    expect(error.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ field, message: expect.stringContaining(words) as string })]),
    );
    expect((await poolCall(app, olga, 'GET', '/api/pools?scope=mine')).json<PoolList>().items).toHaveLength(before);
  });

  it('moves the tier and the price everyone pays with the total, and withdraws by 0 or DELETE', async () => {
    const pool = await startPool(app, olga);
    expect(await pledge(app, pia, pool.id, 4)).toMatchObject({
      totalQuantity: 4,
      currentTier: null,
      unitPrice: 1000,
      myPledge: { quantity: 4, amount: 4000 },
    });
    expect(await pledge(app, quinn, pool.id, 6)).toMatchObject({
      totalQuantity: 10,
      pledgeCount: 2,
      currentTier: 2,
      unitPrice: 800,
      minimumReached: true,
      myPledge: { quantity: 6, amount: 4800 },
    });
    // Pia's pledge is priced at the tier the pool reached, not the one she pledged at.
    expect((await poolCall(app, pia, 'GET', `/api/pools/${pool.id}`)).json<Pool>().myPledge).toEqual({
      quantity: 4,
      amount: 3200,
    });
    expect(await pledge(app, pia, pool.id, 14)).toMatchObject({ totalQuantity: 20, currentTier: 3, unitPrice: 700 });
    expect(await pledge(app, pia, pool.id, 0)).toMatchObject({ totalQuantity: 6, pledgeCount: 1, myPledge: null });
    const withdrawn = await poolCall(app, quinn, 'DELETE', `/api/pools/${pool.id}/pledges`);
    expect(withdrawn.json<Pool>()).toMatchObject({ totalQuantity: 0, pledgeCount: 0, currentTier: null });
    const negative = await poolCall(app, pia, 'POST', `/api/pools/${pool.id}/pledges`, { quantity: -1 });
    expect(negative.statusCode).toBe(400);
    expect(negative.body).toContain('quantity');
  });

  it('lets a pledge be raised until the deadline but lowered or withdrawn only until 48 hours before it', async () => {
    const late = await startPool(app, olga, {}, 47);
    await pledge(app, pia, late.id, 5);
    expect(await pledge(app, pia, late.id, 7)).toMatchObject({ totalQuantity: 7 });
    for (const [method, body] of [
      ['POST', { quantity: 6 }],
      ['POST', { quantity: 0 }],
      ['DELETE', undefined],
    ] as const) {
      const refused = await poolCall(app, pia, method, `/api/pools/${late.id}/pledges`, body);
      expect(refused.statusCode, refused.body).toBe(409);
      expect(refused.json<{ error: { details?: unknown; message: string } }>().error.message).toContain('48 hours');
    }
    expect((await poolCall(app, pia, 'GET', `/api/pools/${late.id}`)).json<Pool>().totalQuantity).toBe(7);

    const early = await startPool(app, olga, {}, 49);
    await pledge(app, pia, early.id, 5);
    expect(await pledge(app, pia, early.id, 2)).toMatchObject({ totalQuantity: 2 });
  });

  it('refuses any pledge change once the pool has closed', async () => {
    const pool = await startPool(app, olga);
    await pledge(app, pia, pool.id, 12);
    await makeDue(app, pool.id);
    expect(await app.services.pools.closing.closeDue(new Date())).toEqual([pool.id]);
    for (const quantity of [13, 0]) {
      const refused = await poolCall(app, pia, 'POST', `/api/pools/${pool.id}/pledges`, { quantity });
      expect(refused.statusCode).toBe(409);
      expect(refused.body).toContain('pool_closed');
    }
    const after = (await poolCall(app, pia, 'GET', `/api/pools/${pool.id}`)).json<Pool>();
    expect(after).toMatchObject({ status: 'going-ahead', totalQuantity: 12, currentTier: 2, unitPrice: 800 });
  });

  it('gives the organizer the order sheet as CSV and PDF, and nobody else', async () => {
    const pool = await startPool(app, olga, { title: 'Table paper, 12 rolls' });
    await pledge(app, pia, pool.id, 3);
    await pledge(app, quinn, pool.id, 8);
    const csv = await poolCall(app, olga, 'GET', `/api/pools/${pool.id}/order-sheet.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="order-sheet-.*\.csv"$/);
    expect(csv.body.replace('\uFEFF', '').trim().split('\r\n')).toEqual([
      'Member,Quantity,Unit price,Owes',
      'Quinn Pledger,8,8.00,64.00',
      'Pia Pledger,3,8.00,24.00',
      'Total,11,8.00,88.00',
    ]);
    const pdf = await poolCall(app, olga, 'GET', `/api/pools/${pool.id}/order-sheet.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { text } = await readPdf(pdf.rawPayload);
    for (const words of ['Table paper, 12 rolls', 'Quinn Pledger', '$64.00', 'Pia Pledger', '$24.00', '$88.00'])
      expect(text).toContain(words);
    for (const who of [pia, quinn])
      for (const format of ['csv', 'pdf']) {
        const refused = await poolCall(app, who, 'GET', `/api/pools/${pool.id}/order-sheet.${format}`);
        expect(refused.statusCode).toBe(404);
      }
  });

  it('lets the organizer cancel before the deadline, telling every pledger; others get 404', async () => {
    const pool = await startPool(app, olga);
    await pledge(app, pia, pool.id, 2);
    expect((await poolCall(app, pia, 'POST', `/api/pools/${pool.id}/cancel`)).statusCode).toBe(404);
    const cancelled = await poolCall(app, olga, 'POST', `/api/pools/${pool.id}/cancel`);
    expect(cancelled.json<Pool>()).toMatchObject({ status: 'cancelled' });
    const notices = (await poolCall(app, pia, 'GET', '/api/notifications')).json<{
      items: { title: string; link: string }[];
    }>();
    expect(notices.items).toContainEqual(
      expect.objectContaining({
        title: 'Olga Organizer cancelled a group purchase you pledged to',
        link: `/app/pools/${pool.id}`,
      }),
    );
    expect((await poolCall(app, olga, 'POST', `/api/pools/${pool.id}/cancel`)).statusCode).toBe(409);
    expect(
      (await poolCall(app, quinn, 'GET', '/api/pools')).json<PoolList>().items.map((item) => item.id),
    ).not.toContain(pool.id);
  });

  it('limits a new account to NEW_ACCOUNT_DAILY_POSTS pools a day; an older account is not limited', async () => {
    for (let index = 0; index < 3; index++) await startPool(app, quinn);
    const fourth = await poolCall(app, quinn, 'POST', '/api/pools', poolBody());
    expect(fourth.statusCode).toBe(429);
    expect(Number(fourth.headers['retry-after'])).toBeGreaterThan(0);
    for (let index = 0; index < 4; index++) await startPool(app, olga);
  });

  it('hides a reported pool from lists and its page for everyone but its organizer', async () => {
    const pool = await startPool(app, olga, { title: 'Hot stones, basalt set' });
    await pledge(app, pia, pool.id, 1);
    const [reportable] = app.services.pools.reportables;
    expect(reportable!.kind).toBe('pool');
    expect(await reportable!.describe(pool.id)).toMatchObject({
      title: 'Hot stones, basalt set',
      path: `/app/pools/${pool.id}`,
      hidden: false,
    });
    await reportable!.setHidden(pool.id, true);
    for (const who of [pia, quinn]) {
      expect((await poolCall(app, who, 'GET', `/api/pools/${pool.id}`)).statusCode).toBe(404);
      for (const scope of ['open', 'mine'])
        expect(
          (await poolCall(app, who, 'GET', `/api/pools?scope=${scope}`)).json<PoolList>().items.map((item) => item.id),
        ).not.toContain(pool.id);
      expect((await poolCall(app, who, 'POST', `/api/pools/${pool.id}/pledges`, { quantity: 3 })).statusCode).toBe(404);
    }
    const pia2 = { kind: 'member' as const, userId: '', email: pia.email, name: pia.name, emailVerified: true };
    expect(await reportable!.visibleTo(pia2, pool.id)).toBe(false);
    expect((await poolCall(app, olga, 'GET', `/api/pools/${pool.id}`)).json<Pool>()).toMatchObject({ hidden: true });
    await reportable!.setHidden(pool.id, false);
    expect((await poolCall(app, pia, 'GET', `/api/pools/${pool.id}`)).statusCode).toBe(200);
  });

  it('finds open pools picked up near a postal code, nearest first, with their distance', async () => {
    const boise = await startPool(app, olga, { postalCode: '83702' });
    const portland = await startPool(app, olga, { postalCode: '97201' });
    const anywhere = await startPool(app, olga);
    expect(boise.place).toEqual({ postalCode: '83702', city: 'Boise', region: 'ID' });
    const near = (query: string) =>
      poolCall(app, pia, 'GET', `/api/pools?near=${query}`).then((response) => response.json<PoolList>().items);
    const close = await near('83702');
    expect(close.map((item) => item.id)).toEqual([boise.id]);
    expect(close[0]!.distance).toBe(0);
    const wide = await near('83702&radius=500');
    expect(wide.map((item) => item.id)).toEqual([boise.id, portland.id]);
    expect(wide[1]!.distance).toBeGreaterThan(250);
    // Portland is about 340 mi (550 km) from Boise: inside 500 mi, outside 500 km.
    expect((await near('83702&radius=500&unit=km')).map((item) => item.id)).toEqual([boise.id]);
    expect(wide.map((item) => item.id)).not.toContain(anywhere.id);
    const unknown = await poolCall(app, pia, 'GET', '/api/pools?near=00000');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('near');
    const badPlace = await poolCall(app, olga, 'POST', '/api/pools', { ...poolBody(), postalCode: 'nowhere' });
    expect(badPlace.statusCode).toBe(400);
    expect(badPlace.body).toContain('postalCode');
  });

  it('refuses anonymous callers on the list and the form', async () => {
    expect((await poolCall(app, null, 'GET', '/api/pools')).statusCode).toBe(401);
    expect((await poolCall(app, null, 'POST', '/api/pools', poolBody())).statusCode).toBe(401);
  });
});
