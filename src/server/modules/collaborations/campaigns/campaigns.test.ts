// Joint marketing campaigns: invitations and offers, the public landing page (escaped, security
// headers, only accepted participants with public profiles), and visits and referrals counted per
// participant — once per visitor cookie and day, capped per address — visible to participants only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Campaign } from '../../../../contracts/collaborations.ts';
import { campaignBody, collabCall, collabOk } from '../../../../../test/support/collaborations.ts';
import { listMember, type Listed } from '../../../../../test/support/listed-members.ts';
import { createOffer } from '../../../../../test/support/offers.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../../test/support/test-app.ts';
import { perAddressDaily, visitorCookie } from './campaign-counts.ts';

const cookieOf = (response: { headers: Record<string, unknown> }) => {
  const raw = response.headers['set-cookie'];
  return (Array.isArray(raw) ? String(raw[0]) : typeof raw === 'string' ? raw : '').split(';')[0]!;
};

describeEachDatabase('campaigns', (kind) => {
  let app: TestApp;
  let maya: Listed;
  let sam: Listed;
  let lee: Listed;
  let campaign: Campaign;

  const page = (url: string, cookie?: string, ip = '203.0.113.7') =>
    app.inject({ method: 'GET', url, remoteAddress: ip, headers: cookie ? { cookie } : {} });
  const contact = (participant: string, cookie: string) =>
    app.inject({
      method: 'POST',
      url: `/campaigns/${campaign.slug}/contact`,
      remoteAddress: '203.0.113.7',
      headers: {
        cookie,
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'same-origin',
        origin: 'null',
      },
      payload: `participant=${participant}`,
    });
  const countsAs = async (who: Listed) =>
    (await collabOk<Campaign>(app, who, 'GET', `/api/campaigns/${campaign.id}`)).participants;

  beforeAll(async () => {
    app = await createTestApp(kind);
    maya = await listMember(app, { displayName: 'Maya Ortiz', postalCode: '97204', country: 'US' });
    sam = await listMember(app, { displayName: 'Sam <b>Okafor</b>', postalCode: '97205', country: 'US' });
    lee = await listMember(app, { displayName: 'Lee Chen', postalCode: '97206', country: 'US' });
    campaign = await collabOk<Campaign>(
      app,
      maya,
      'POST',
      '/api/campaigns',
      { ...campaignBody([sam.slug, lee.slug]), title: 'Spring <script>alert(1)</script> week' },
      201,
    );
  });
  afterAll(async () => app?.cleanup());

  it('invites members, who accept and add an offer (their own offers only)', async () => {
    expect(campaign.code).toMatch(/^KW-[A-Z2-9]{6}$/);
    const notices = await collabOk<{ items: { title: string; link: string }[] }>(app, sam, 'GET', '/api/notifications');
    expect(notices.items).toContainEqual(
      expect.objectContaining({
        title: 'Maya Ortiz invited you to a joint marketing campaign',
        link: `/app/collaborations/campaigns/${campaign.id}`,
      }),
    );
    expect(campaign.participants.map((p) => [p.member.slug, p.status])).toEqual([
      [maya.slug, 'accepted'],
      [sam.slug, 'invited'],
      [lee.slug, 'invited'],
    ]);
    // Not yet accepted: no offer.
    expect(
      (await collabCall(app, sam, 'PUT', `/api/campaigns/${campaign.id}/offer`, { offerText: 'Hi there' })).statusCode,
    ).toBe(404);
    await collabOk(app, sam, 'POST', `/api/campaigns/${campaign.id}/accept`);
    const mayaOffer = await createOffer(app, maya);
    const foreign = await collabCall(app, sam, 'PUT', `/api/campaigns/${campaign.id}/offer`, {
      offerText: '20% off a first visit',
      offerId: mayaOffer.id,
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe('offerId');
    const samOffer = await createOffer(app, sam, { title: 'First visit gift' });
    const set = await collabOk<Campaign>(app, sam, 'PUT', `/api/campaigns/${campaign.id}/offer`, {
      offerText: '20% off a <i>first</i> visit',
      offerId: samOffer.id,
    });
    expect(set.participants.find((p) => p.member.slug === sam.slug)).toMatchObject({
      offerTitle: 'First visit gift',
      status: 'accepted',
    });
    await collabOk(app, lee, 'POST', `/api/campaigns/${campaign.id}/decline`);
    expect((await collabCall(app, lee, 'POST', `/api/campaigns/${campaign.id}/decline`)).statusCode).toBe(409);
  });

  it('serves the landing page to anyone: escaped, with security headers, accepted participants only', async () => {
    const response = await page(`/campaigns/${campaign.slug}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.body).not.toContain('<script>alert(1)');
    expect(response.body).toContain('Spring &lt;script&gt;alert(1)&lt;/script&gt; week');
    expect(response.body).toContain('Sam &lt;b&gt;Okafor&lt;/b&gt;');
    expect(response.body).toContain('20% off a &lt;i&gt;first&lt;/i&gt; visit');
    expect(response.body).toContain(campaign.code);
    expect(response.body).toContain(`href="/p/${maya.slug}"`);
    expect(response.body).not.toContain('Lee Chen');
    expect(response.body).not.toMatch(/<script/i);
    expect((await page('/campaigns/no-such-campaign')).statusCode).toBe(404);
  });

  it('counts a visit per participant once per visitor and day, and a referral per Contact press', async () => {
    const first = await page(`/campaigns/${campaign.slug}?via=${sam.slug}`);
    const visitor = cookieOf(first);
    expect(visitor.startsWith(`${visitorCookie}=`)).toBe(true);
    for (let reload = 0; reload < 3; reload++) await page(`/campaigns/${campaign.slug}?via=${sam.slug}`, visitor);
    await page(`/campaigns/${campaign.slug}?via=${sam.slug}`, undefined, '198.51.100.9');
    await page(`/campaigns/${campaign.slug}?via=${lee.slug}`, visitor); // declined: not on the page, not counted
    const samId = campaign.participants.find((p) => p.member.slug === sam.slug)!.id;
    const pressed = await contact(samId, visitor);
    expect(pressed.statusCode, pressed.body).toBe(303);
    expect(pressed.headers.location).toBe(`/p/${sam.slug}`);
    await contact(samId, visitor);
    const counts = await countsAs(sam);
    expect(counts.find((p) => p.id === samId)).toMatchObject({ visits: 2, referrals: 1 });
    expect(counts.find((p) => p.member.slug === maya.slug)).toMatchObject({ visits: 0, referrals: 0 });
    expect((await countsAs(maya)).find((p) => p.id === samId)).toMatchObject({ visits: 2, referrals: 1 });
    // A member outside the campaign sees the accepted participants, never their counts.
    const stranger = await listMember(app, { displayName: 'Ana Ruiz', postalCode: '97204', country: 'US' });
    const seen = await countsAs(stranger);
    expect(seen.map((p) => p.status)).toEqual(['accepted', 'accepted']);
    expect(seen.every((p) => p.visits === null && p.referrals === null)).toBe(true);
    // A contact for someone not on the page is a 404 page, and a cross-site post is refused.
    expect((await contact(crypto.randomUUID(), visitor)).statusCode).toBe(404);
    const foreign = await app.inject({
      method: 'POST',
      url: `/campaigns/${campaign.slug}/contact`,
      headers: { cookie: visitor, 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      payload: `participant=${samId}`,
    });
    expect(foreign.statusCode).toBe(403);
  });

  it('caps new counts from one address that throws its cookies away', async () => {
    const ip = '192.0.2.44';
    for (let n = 0; n < perAddressDaily + 5; n++)
      await page(`/campaigns/${campaign.slug}?via=${maya.slug}`, undefined, ip);
    const mayaRow = (await countsAs(maya)).find((p) => p.member.slug === maya.slug)!;
    expect(mayaRow.visits).toBe(perAddressDaily);
  });

  describe('bad input', () => {
    it('names the field', async () => {
      const response = await collabCall(app, maya, 'POST', '/api/campaigns', {
        ...campaignBody(),
        endsOn: '2020-01-01',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json<{ error: { details: { field: string }[] } }>().error.details.map((d) => d.field)).toContain(
        'endsOn',
      );
      const self = await collabCall(app, maya, 'POST', '/api/campaigns', campaignBody([maya.slug]));
      expect(self.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe('inviteSlugs.0');
      const noOne = await collabCall(app, maya, 'POST', `/api/campaigns/${campaign.id}/invitations`, {
        memberSlug: 'nobody-here',
      });
      expect(noOne.statusCode).toBe(400);
    });
  });

  it('hidden by moderation: gone from the hub, the detail and the public page, for its organizer too', async () => {
    const reportable = app.services.collaborations.reportables.find((each) => each.kind === 'campaign')!;
    const other = await collabOk<Campaign>(app, maya, 'POST', '/api/campaigns', campaignBody([], 'Autumn fair'), 201);
    expect(
      await reportable.visibleTo({ kind: 'member', userId: 'x', email: '', name: '', emailVerified: true }, other.id),
    ).toBe(true);
    await reportable.setHidden(other.id, true);
    expect(await reportable.describe(other.id)).toMatchObject({
      title: 'Autumn fair',
      hidden: true,
      path: `/campaigns/${other.slug}`,
    });
    expect((await collabCall(app, maya, 'GET', `/api/campaigns/${other.id}`)).statusCode).toBe(404);
    expect((await page(`/campaigns/${other.slug}`)).statusCode).toBe(404);
    const hub = await collabOk<{ campaigns: { id: string }[] }>(app, sam, 'GET', '/api/collaborations');
    expect(hub.campaigns.map((c) => c.id)).not.toContain(other.id);
    expect(hub.campaigns.map((c) => c.id)).toContain(campaign.id);
    await reportable.setHidden(other.id, false);
    expect((await page(`/campaigns/${other.slug}`)).statusCode).toBe(200);
  });
});
