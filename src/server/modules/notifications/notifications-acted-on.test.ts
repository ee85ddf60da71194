// Issue 8, item 19: a notification that asks for an action is read once the member took it —
// wherever they took it (the referral page, the trade page, the network, the cover list), not only
// by opening the bell. One case per kind that asks for something.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Connection } from '../../../contracts/network.ts';
import type { AwayPeriod } from '../../../contracts/cover.ts';
import type { NotificationList } from '../../../contracts/notifications.ts';
import type { Listed } from '../../../../test/support/listed-members.ts';
import { call, move, refer, referralBody, referralScene } from '../../../../test/support/referrals.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';
import { moved, propose } from '../../../../test/support/trades.ts';

const today = () => new Date().toISOString().slice(0, 10);

describeEachDatabase('acting on a thing marks its notification read', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let chiro: Listed;
  let sam: Listed;
  let clientId: string;
  let consentId: string;

  /** The member's unread notifications of one kind that lead to this page. */
  const unread = async (who: Listed, noticeKind: string, link: string) => {
    const list = (await call(app, who, 'GET', '/api/notifications?unread=true&limit=100')).json<NotificationList>();
    return list.items.filter((item) => item.kind === noticeKind && item.link === link).length;
  };

  beforeAll(async () => {
    app = await createTestApp(kind);
    ({ maria, chiro, sam, clientId, consentId } = await referralScene(app));
  });
  afterAll(async () => app?.cleanup());

  it('referral.received: answering the referral; referral.replied: marking the client returned', async () => {
    const referral = await refer(app, maria, referralBody(clientId, consentId, { toMemberSlug: chiro.slug }));
    const link = `/app/referrals/${referral.id}`;
    expect(await unread(chiro, 'referral.received', link)).toBe(1);
    expect((await move(app, chiro, referral.id, { to: 'accepted' })).statusCode).toBe(200);
    expect(await unread(chiro, 'referral.received', link)).toBe(0);

    for (const step of [
      { to: 'scheduled', appointmentAt: '2026-01-05T09:00:00Z' },
      { to: 'seen' },
      { to: 'replied', findings: 'Fine.', okToResumeMassage: 'yes' },
    ]) {
      expect((await move(app, chiro, referral.id, step)).statusCode).toBe(200);
    }
    expect(await unread(maria, 'referral.replied', link)).toBe(1);
    expect((await move(app, maria, referral.id, { to: 'returned' })).statusCode).toBe(200);
    expect(await unread(maria, 'referral.replied', link)).toBe(0);
    // Only the actor's notices are touched: the recipient hears of the return, unread.
    expect(await unread(chiro, 'referral.returned', link)).toBe(1);
  });

  it('trade.proposed: answering it; trade.confirmed: confirming the session too', async () => {
    const trade = await propose(
      app,
      maria,
      sam,
      { service: 'Swedish massage', minutes: 60 },
      { service: 'Sports massage', minutes: 45 },
    );
    const link = `/app/trades/${trade.id}`;
    expect(await unread(sam, 'trade.proposed', link)).toBe(1);
    await moved(app, sam, trade.id, { to: 'accepted' });
    expect(await unread(sam, 'trade.proposed', link)).toBe(0);

    await moved(app, maria, trade.id, { to: 'scheduled', session: 'mine', startsAt: '2026-01-02T10:00:00Z' });
    await moved(app, maria, trade.id, { to: 'completed', session: 'mine' });
    expect(await unread(sam, 'trade.confirmed', link)).toBe(1);
    await moved(app, sam, trade.id, { to: 'completed', session: 'theirs' });
    expect(await unread(sam, 'trade.confirmed', link)).toBe(0);
  });

  it('connection.requested: accepting the connection', async () => {
    const asked = await call(app, maria, 'POST', '/api/connections', { toMemberSlug: chiro.slug });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(await unread(chiro, 'connection.requested', '/app/network')).toBe(1);
    expect(
      (await call(app, chiro, 'POST', `/api/connections/${asked.json<Connection>().id}/accept`, {})).statusCode,
    ).toBe(200);
    expect(await unread(chiro, 'connection.requested', '/app/network')).toBe(0);
  });

  it('away.cover-invited: answering the cover request', async () => {
    const declared = await call(app, maria, 'POST', '/api/away', {
      reason: 'vacation',
      startsOn: today(),
      endsOn: today(),
      coverSlugs: [sam.slug],
    });
    expect(declared.statusCode, declared.body).toBe(201);
    const period = declared.json<AwayPeriod>();
    expect(await unread(sam, 'away.cover-invited', '/app/away')).toBe(1);
    expect(
      (await call(app, sam, 'POST', `/api/away/${period.id}/covers/${period.covers[0]!.id}/accept`, {})).statusCode,
    ).toBe(200);
    expect(await unread(sam, 'away.cover-invited', '/app/away')).toBe(0);
  });
});
