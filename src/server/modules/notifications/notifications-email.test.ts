// Email for what happens while a member is away: instant vs batched vs off, one message for a
// batch, nothing for what was read or while connected, never twice from two concurrent runs, and
// the weekly digest once per member and week.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { AppContext } from '../../context.ts';
import { notifications, user } from '../../db/schema/index.ts';
import { isoWeek, sendWeeklyDigests } from './notification-digest.service.ts';
import { batchDelayMs, sendNotificationEmails } from './notification-email.service.ts';
import { notificationsService } from './notifications.service.ts';
import { asMember, signUp } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

const publicUrl = 'https://kneadwork.example';
const minutes = (n: number) => new Date(Date.now() + n * 60_000);
type Sent = { to: string; subject: string; text: string; headers?: Record<string, string> };

describeEachDatabase('notification email', (kind) => {
  let app: TestApp;
  const ids: Record<string, string> = {};
  const cookies: Record<string, string> = {};
  const sent: Sent[] = [];
  const online = new Set<string>();
  let notify: ReturnType<typeof notificationsService>['notify'];
  const deps = () => ({
    db: app.database.db,
    publicUrl,
    mailer: { send: async (mail: Sent) => String(sent.push(mail)) },
    hub: { publish: () => undefined, isOnline: (id: string) => online.has(id) },
  });
  const to = (name: string) => sent.filter((mail) => mail.to === `${name}.away@example.com`);
  const setPrefs = (name: string, payload: Record<string, unknown>) =>
    app.inject({ method: 'PUT', url: '/api/notifications/preferences', headers: asMember(cookies[name]!), payload });

  beforeAll(async () => {
    app = await createTestApp(kind);
    for (const name of ['ana', 'ben', 'cy', 'dee']) {
      cookies[name] = (await signUp(app, name.toUpperCase(), `${name}.away@example.com`)).cookie;
      ids[name] = (
        await app.database.db
          .select({ id: user.id })
          .from(user)
          .where(eq(user.email, `${name}.away@example.com`))
      )[0]!.id;
    }
    notify = notificationsService({ db: app.database.db } as unknown as AppContext).notify;
  });
  beforeEach(() => {
    sent.length = 0;
    online.clear();
  });
  afterAll(() => app.cleanup());

  it('sends instant categories at the next run, holds batched ones, and never sends off ones', async () => {
    expect((await setPrefs('ana', { email: { referrals: 'instant', trades: 'off' } })).statusCode).toBe(200);
    await notify({
      userId: ids.ana!,
      kind: 'referral.accepted',
      actor: 'Ben',
      subject: { type: 'referral', id: 'r9' },
    });
    await notify({
      userId: ids.ana!,
      kind: 'trade.proposed',
      actor: 'Turned Off',
      subject: { type: 'trade', id: 't1' },
    });
    await notify({
      userId: ids.ana!,
      kind: 'message.received',
      actor: 'Ben',
      subject: { type: 'conversation', id: 'c1' },
    });

    expect(await sendNotificationEmails(deps(), minutes(1))).toBe(1);
    const [instant] = to('ana');
    expect(instant!.subject).toBe('Ben accepted the referral');
    expect(instant!.text).toContain(
      `- Ben accepted the referral\n  Open the referral for the details.\n  ${publicUrl}/app/referrals/r9`,
    );
    expect(instant!.text).not.toContain('New message from Ben');
    expect(instant!.text).toMatch(new RegExp(`${publicUrl}/unsubscribe/[A-Za-z0-9_-]{43}`));
    expect(instant!.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');

    // The batched message waits for its delay, then goes; the turned-off trade never does.
    expect(await sendNotificationEmails(deps(), minutes(2))).toBe(0);
    expect(await sendNotificationEmails(deps(), minutes(1 + batchDelayMs / 60_000))).toBe(1);
    expect(to('ana')[1]!.subject).toBe('New message from Ben');
    expect(sent.some((mail) => mail.text.includes('Turned Off'))).toBe(false);
    expect(await sendNotificationEmails(deps(), minutes(200))).toBe(0);
  });

  it('puts several batched notifications in one email, at most one batched email an hour', async () => {
    for (const n of [1, 2, 3])
      await notify({
        userId: ids.ben!,
        kind: 'connection.requested',
        actor: `Requester ${n}`,
        subject: { type: 'connection', id: `k${n}` },
      });
    expect(await sendNotificationEmails(deps(), minutes(15))).toBe(1);
    expect(to('ben')).toHaveLength(1);
    expect(to('ben')[0]!.subject).toBe('3 new notifications on Kneadwork');
    for (const n of [1, 2, 3]) expect(to('ben')[0]!.text).toContain(`Requester ${n}`);

    await notify({
      userId: ids.ben!,
      kind: 'connection.accepted',
      actor: 'Later News',
      subject: { type: 'connection', id: 'k4' },
    });
    expect(await sendNotificationEmails(deps(), minutes(40))).toBe(0);
    expect(await sendNotificationEmails(deps(), minutes(76))).toBe(1);
    expect(to('ben')[1]!.text).toContain('Later News');
  });

  it('sends nothing about what was read, nor while the member is connected', async () => {
    await notify({ userId: ids.cy!, kind: 'away.cover-invited', actor: 'Ana', subject: { type: 'away', id: 'a1' } });
    online.add(ids.cy!);
    expect(await sendNotificationEmails(deps(), minutes(30))).toBe(0);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/notifications/read-all',
          headers: asMember(cookies.cy!),
          payload: {},
        })
      ).statusCode,
    ).toBe(200);
    online.clear();
    expect(await sendNotificationEmails(deps(), minutes(30))).toBe(0);
    expect(to('cy')).toHaveLength(0);
  });

  it('never sends one notification twice when two runs overlap', async () => {
    expect((await setPrefs('dee', { email: { messages: 'instant' } })).statusCode).toBe(200);
    for (const n of [1, 2])
      await notify({
        userId: ids.dee!,
        kind: 'message.received',
        actor: `Writer ${n}`,
        subject: { type: 'conversation', id: 'c1' },
      });
    await notify({
      userId: ids.dee!,
      kind: 'referral.received',
      actor: 'Referrer',
      subject: { type: 'referral', id: 'r1' },
    });
    const runs = await Promise.all([
      sendNotificationEmails(deps(), minutes(20)),
      sendNotificationEmails(deps(), minutes(20)),
      sendNotificationEmails(deps(), minutes(20)),
    ]);
    const mentions = (title: string) => to('dee').filter((mail) => mail.text.includes(title)).length;
    expect(runs.reduce((a, b) => a + b, 0)).toBe(to('dee').length);
    expect([mentions('Writer 1'), mentions('Writer 2'), mentions('Referrer referred')]).toEqual([1, 1, 1]);
  });

  it('gives claimed notifications back when the email cannot be queued', async () => {
    await notify({
      userId: ids.cy!,
      kind: 'trade.countered',
      actor: 'Counterer',
      subject: { type: 'trade', id: 't2' },
    });
    const failing = { ...deps(), mailer: { send: (): Promise<string> => Promise.reject(new Error('outbox down')) } };
    await expect(sendNotificationEmails(failing, minutes(300))).rejects.toThrow(/could not be queued/);
    expect(await sendNotificationEmails(deps(), minutes(300))).toBe(1);
    expect(to('cy')[0]!.text).toContain('Counterer countered');
  });

  it('sends the weekly digest once per member and ISO week, unless turned off', async () => {
    expect((await setPrefs('ben', { weeklyDigest: false })).statusCode).toBe(200);
    const now = minutes(5);
    const [first, second] = await Promise.all([sendWeeklyDigests(deps(), now), sendWeeklyDigests(deps(), now)]);
    expect(first + second).toBe(3);
    expect(to('ben')).toHaveLength(0);
    const digest = to('ana')[0]!;
    expect(digest.subject).toBe(`Your week on Kneadwork (${isoWeek(now)})`);
    expect(digest.text).toContain('Your week on Kneadwork: 3 notifications');
    expect(digest.text).toContain('Ben accepted the referral');
    expect(digest.headers?.['List-Unsubscribe']).toMatch(/^<https:\/\/kneadwork\.example\/unsubscribe\//);
    // Again later the same ISO week: an hour on, unless that is already next week (a run late on a
    // Sunday, UTC, when the members' clock is UTC), then a second on.
    const anHourOn = minutes(65);
    expect(await sendWeeklyDigests(deps(), isoWeek(anHourOn) === isoWeek(now) ? anHourOn : minutes(5 + 1 / 60))).toBe(
      0,
    );

    // Next week, with something new that week: one more digest.
    const nextWeek = new Date(now.getTime() + 7 * 86_400_000);
    await notify({
      userId: ids.ana!,
      kind: 'referral.returned',
      actor: 'Client Returned',
      subject: { type: 'referral', id: 'r3' },
    });
    await app.database.db
      .update(notifications)
      .set({ createdAt: sql`${new Date(nextWeek.getTime() - 3600_000).toISOString()}::timestamptz` })
      .where(eq(notifications.title, 'Client Returned marked the referral as returned'));
    expect(await sendWeeklyDigests(deps(), nextWeek)).toBe(1);
    expect(to('ana')[1]!.text).toContain('Client Returned');
  });

  it('names ISO weeks the way the standard does', () => {
    expect(isoWeek(new Date('2026-01-01T12:00:00Z'))).toBe('2026-W01');
    expect(isoWeek(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2026-11-23T00:00:00Z'))).toBe('2026-W48');
    expect(isoWeek(new Date('2026-11-22T23:59:00Z'))).toBe('2026-W47');
  });
});
