// Reciprocity from referral rows: per-partner figures both ways, the 12-month trend, the network
// picture, and the one-way partners — and nobody else's referrals in any of it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Reciprocity } from '../../../contracts/network.ts';
import { connect, insertReferral, userIdOf } from '../../../../test/support/network.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';

const now = new Date();
const monthsAgo = (count: number, day = 15) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - count, day, 12));
const monthOf = (date: Date) => date.toISOString().slice(0, 7);

describeEachDatabase('trusted network: reciprocity', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let sam: Listed;
  let lee: Listed;
  let pat: Listed;
  let result: Reciprocity;

  beforeAll(async () => {
    app = await createTestApp(kind);
    const place = { postalCode: '02116', country: 'US' as const };
    [maria, sam, lee, pat] = [
      await listMember(app, { displayName: 'Maria Alvarez', ...place }),
      await listMember(app, { displayName: 'Sam Okafor', ...place }),
      await listMember(app, { displayName: 'Lee Chen', ...place }),
      await listMember(app, { displayName: 'Pat Rivera', ...place }),
    ];
    await connect(app, maria, sam);
    const [m, s, l, p] = [
      await userIdOf(app, maria),
      await userIdOf(app, sam),
      await userIdOf(app, lee),
      await userIdOf(app, pat),
    ];
    for (const status of ['returned', 'seen', 'sent']) await insertReferral(app, { from: m, to: s, status });
    await insertReferral(app, { from: l, to: m, status: 'accepted', createdAt: monthsAgo(1) });
    await insertReferral(app, { from: l, to: m, status: 'declined', createdAt: monthsAgo(1) });
    await insertReferral(app, { from: m, to: p, status: 'replied', createdAt: monthsAgo(3) });
    await insertReferral(app, { from: p, to: m, status: 'scheduled', createdAt: monthsAgo(3) });
    await insertReferral(app, { from: m, to: p, status: 'returned', createdAt: monthsAgo(14) });
    // Between two others: none of Maria's business.
    await insertReferral(app, { from: s, to: l, status: 'seen' });
    const response = await app.inject({
      method: 'GET',
      url: '/api/reciprocity',
      headers: { cookie: maria.cookie, origin },
    });
    expect(response.statusCode, response.body).toBe(200);
    result = response.json<Reciprocity>();
  });
  afterAll(async () => app?.cleanup());

  it('counts referrals with each partner both ways and how far they got', () => {
    const bySlug = Object.fromEntries(result.partners.map((partner) => [partner.member.slug, partner]));
    expect(Object.keys(bySlug).sort()).toEqual([lee.slug, pat.slug, sam.slug].sort());
    expect(bySlug[sam.slug]).toMatchObject({
      connected: true,
      sent: { total: 3, accepted: 2, seen: 2, returned: 1 },
      received: { total: 0 },
    });
    expect(bySlug[lee.slug]).toMatchObject({
      connected: false,
      sent: { total: 0 },
      received: { total: 2, accepted: 1, seen: 0, returned: 0 },
    });
    expect(bySlug[pat.slug]).toMatchObject({
      sent: { total: 2, accepted: 2, seen: 2, returned: 1 },
      received: { total: 1, accepted: 1, seen: 0 },
    });
  });

  it('gives twelve months for the chart, oldest first, and leaves out older referrals', () => {
    expect(result.trend).toHaveLength(12);
    expect(result.trend.at(-1)!.month).toBe(monthOf(now));
    expect(result.trend[0]!.month).toBe(monthOf(monthsAgo(11)));
    const at = (date: Date) => result.trend.find((month) => month.month === monthOf(date));
    expect(at(now)).toEqual({ month: monthOf(now), sent: 3, received: 0, returned: 1 });
    expect(at(monthsAgo(1))).toMatchObject({ sent: 0, received: 2 });
    expect(at(monthsAgo(3))).toMatchObject({ sent: 1, received: 1, returned: 0 });
    expect(result.trend.reduce((sum, month) => sum + month.sent, 0)).toBe(4);
  });

  it('draws my network weighted by referrals each way, without others’ referrals', () => {
    expect(result.network.nodes.find((node) => node.role === 'me')).toEqual({
      id: maria.slug,
      label: 'Maria Alvarez',
      role: 'me',
    });
    expect(result.network.edges).toEqual(
      expect.arrayContaining([
        { from: maria.slug, to: sam.slug, weight: 3 },
        { from: lee.slug, to: maria.slug, weight: 2 },
        { from: maria.slug, to: pat.slug, weight: 2 },
        { from: pat.slug, to: maria.slug, weight: 1 },
      ]),
    );
    expect(result.network.edges).toHaveLength(4);
  });

  it('suggests the partners where the flow runs one way', () => {
    expect(result.suggestions.map((item) => [item.member.slug, item.kind]).sort()).toEqual(
      [
        [sam.slug, 'they-never-refer-back'],
        [lee.slug, 'you-never-refer-back'],
      ].sort(),
    );
  });

  it('asks for a session', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/reciprocity' })).statusCode).toBe(401);
  });
});
