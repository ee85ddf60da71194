// GET /api/me/home: what needs doing, counted from a known state; each member sees only their own.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MemberHome } from '../../../contracts/home.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { createOffer, day, issueTo, setCertificateDates } from '../../../../test/support/offers.ts';
import { addConsent, call, refer, referralBody, referralScene, move } from '../../../../test/support/referrals.ts';
import { propose } from '../../../../test/support/trades.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

const session = { service: 'Sports massage', minutes: 60 };
const adjustment = { service: 'Chiropractic adjustment', minutes: 30 };

describeEachDatabase('a member’s home', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let ben: Listed;
  let sam: Listed;

  const homeOf = async (who: Listed) => {
    const response = await call(app, who, 'GET', '/api/me/home');
    expect(response.statusCode, response.body).toBe(200);
    return response.json<MemberHome>();
  };

  beforeAll(async () => {
    app = await createTestApp(kind);
    const scene = await referralScene(app);
    ({ maria, sam } = scene);
    ben = scene.chiro;
    // Two referrals to Ben; he accepts one, so one waits for his answer.
    await refer(app, maria, referralBody(scene.clientId, scene.consentId, { toMemberSlug: ben.slug }));
    const second = await refer(
      app,
      maria,
      referralBody(scene.clientId, await addConsent(app, maria, scene.clientId), { toMemberSlug: ben.slug }),
    );
    expect((await move(app, ben, second.id, { to: 'accepted' })).statusCode).toBe(200);
    // Sam proposes a trade to Ben (waits for Ben); Ben proposes one to Maria (waits for Maria).
    await propose(app, sam, ben, session, adjustment);
    await propose(app, ben, maria, adjustment, session);
    // Ben's professionals: one follow-up overdue, one today, one next week, none for the last; stages 2 identified, 1 met, 1 allied.
    for (const [name, stage, followUpOn] of [
      ['Dr. Ada Park', 'identified', day(-2)],
      ['Lena Ortiz', 'identified', day(0)],
      ['Omar Haddad', 'met', day(3)],
      ['Ruth Kim', 'allied', null],
    ] as const) {
      const created = await call(app, ben, 'POST', '/api/contacts', {
        name,
        profession: 'physician',
        stage,
        followUpOn,
      });
      expect(created.statusCode, created.body).toBe(201);
    }
    // Ben's certificates: Sam's ends in 5 days (counted, for both), Maria's in 30 (not).
    const offer = await createOffer(app, ben);
    await setCertificateDates(app, (await issueTo(app, ben, offer.id, { memberSlug: sam.slug })).code, {
      validUntil: day(5),
    });
    await setCertificateDates(app, (await issueTo(app, ben, offer.id, { memberSlug: maria.slug })).code, {
      validUntil: day(30),
    });
  });
  afterAll(() => app.cleanup());

  it('counts what waits for the member, from each module', async () => {
    const home = await homeOf(ben);
    expect(home.newMember).toBe(false);
    expect(home.followUps).toEqual({ overdue: 1, today: 1, upcoming: 1 });
    expect(home.referralsWaiting.total).toBe(1);
    expect(home.referralsWaiting.items).toMatchObject([
      { from: 'Maria Alvarez', specialty: 'sports-injury', urgency: 'soon' },
    ]);
    expect(home.tradesToAnswer).toMatchObject({ total: 1, items: [{ partner: 'Sam Okafor', status: 'proposed' }] });
    expect(home.certificatesExpiring).toEqual({ issued: 1, held: 0, withinDays: 14 });
    expect(home.pipeline).toEqual({
      total: 4,
      byStage: { identified: 2, introduced: 0, met: 1, trading: 0, allied: 1, 'not-now': 0 },
    });
    expect(home.profile.slug).toBe(ben.slug);
    expect(home.profile.missing).toEqual(expect.arrayContaining(['photo', 'treatmentGoals']));
    expect(home.profile.percent).toBeLessThan(100);
  });

  it('shows another member only their own', async () => {
    const home = await homeOf(sam);
    expect(home.referralsWaiting).toEqual({ total: 0, items: [] });
    expect(home.tradesToAnswer).toEqual({ total: 0, items: [] });
    expect(home.followUps).toEqual({ overdue: 0, today: 0, upcoming: 0 });
    expect(home.pipeline.total).toBe(0);
    expect(home.certificatesExpiring).toMatchObject({ issued: 0, held: 1 });
    expect(home.profile.slug).toBe(sam.slug);
    expect((await homeOf(maria)).tradesToAnswer.total).toBe(1);
  });

  it('greets a member who has built nothing yet as new', async () => {
    const nia = await listMember(app, {
      displayName: 'Nia Brooks',
      profession: 'massage-therapist',
      postalCode: '83301',
      country: 'US',
    });
    const home = await homeOf(nia);
    expect(home.newMember).toBe(true);
    expect(home.pipeline.total).toBe(0);
    expect(home.profile.percent).toBeLessThan(50);
  });

  it('needs a session', async () => {
    expect((await call(app, null, 'GET', '/api/me/home')).statusCode).toBe(401);
  });
});
