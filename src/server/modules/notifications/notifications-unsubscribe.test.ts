// One-click unsubscribe from an email received on a real SMTP server: the link and the RFC 8058
// headers are there, the link opens a confirmation page without signing in, one POST (as a mail
// client sends it) turns all notification email off, and nothing is sent afterwards.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { NotificationPreferences } from '../../../contracts/notifications.ts';
import type { AppContext } from '../../context.ts';
import { user } from '../../db/schema/index.ts';
import { smtpTransport } from '../../lib/mail-transport.ts';
import { createMailer } from '../mail/mail.service.ts';
import { sendWeeklyDigests } from './notification-digest.service.ts';
import { sendNotificationEmails } from './notification-email.service.ts';
import { notificationsService } from './notifications.service.ts';
import { asMember, signUp } from '../../../../test/support/members.ts';
import { startSmtpServer } from '../../../../test/support/smtp.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';

const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describeEachDatabase('notification unsubscribe', (kind) => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let deps: Parameters<typeof sendNotificationEmails>[0];
  let cookie: string;
  let userId: string;
  const email = 'una.unsub@example.com';
  const mine = () => smtp.received.filter((mail) => JSON.stringify(mail.to).includes(email));

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await createTestApp(kind);
    deps = {
      db: app.database.db,
      publicUrl: origin,
      mailer: createMailer(app.database.db, smtpTransport(smtp.url, 'Kneadwork <no-reply@kneadwork.test>'), app.log),
    };
    cookie = (await signUp(app, 'Una Unsub', email)).cookie;
    userId = (await app.database.db.select({ id: user.id }).from(user).where(eq(user.email, email)))[0]!.id;
  });
  afterAll(async () => {
    await app.cleanup();
    await smtp.close();
  });

  it('unsubscribes in one POST from the emailed link and stops later mail', async () => {
    const { notify } = notificationsService({ db: app.database.db } as unknown as AppContext);
    await app.inject({
      method: 'PUT',
      url: '/api/notifications/preferences',
      headers: asMember(cookie),
      payload: { email: { referrals: 'instant' } },
    });
    await notify({ userId, kind: 'referral.received', actor: 'Ana', subject: { type: 'referral', id: 'r1' } });
    expect(await sendNotificationEmails(deps, later(1))).toBe(1);

    const mail = await smtp.waitFor(email);
    const link = /http:\/\/localhost:3000\/unsubscribe\/[A-Za-z0-9_-]+/.exec(mail.text ?? '')?.[0];
    expect(link).toBeDefined();
    const header = (name: string) =>
      mail.headerLines.find((line) => line.key === name)?.line.replace(/\s+/g, ' ') ?? '';
    expect(header('list-unsubscribe')).toBe(`List-Unsubscribe: <${link}>`);
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const path = new URL(link!).pathname;

    // Opening the link (or a mail scanner following it) only shows the confirmation.
    const page = await app.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Unsubscribe from all notification email');
    expect(page.body).toContain(`action="${path}"`);
    expect(
      (
        await app.inject({ method: 'GET', url: '/api/notifications/preferences', headers: asMember(cookie) })
      ).json<NotificationPreferences>().email.referrals,
    ).toBe('instant');

    // What a mail client sends for RFC 8058: no cookie, no origin, a form body.
    const done = await app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('You are unsubscribed');

    const prefs = (
      await app.inject({ method: 'GET', url: '/api/notifications/preferences', headers: asMember(cookie) })
    ).json<NotificationPreferences>();
    expect(prefs.weeklyDigest).toBe(false);
    expect(new Set(Object.values(prefs.email))).toEqual(new Set(['off']));

    await notify({
      userId,
      kind: 'referral.accepted',
      actor: 'After Unsubscribing',
      subject: { type: 'referral', id: 'r2' },
    });
    expect(await sendNotificationEmails(deps, later(90))).toBe(0);
    expect(await sendWeeklyDigests(deps, later(90))).toBe(0);
    expect(mine()).toHaveLength(1);
    // The notification is still in the app.
    expect(
      (await app.inject({ method: 'GET', url: '/api/notifications', headers: asMember(cookie) })).json<{
        unreadCount: number;
      }>().unreadCount,
    ).toBe(2);
  });

  it('answers an unknown or malformed token with a 404 page', async () => {
    for (const token of ['x'.repeat(43), 'short', 'A'.repeat(60)]) {
      const shown = await app.inject({ method: 'GET', url: `/unsubscribe/${token}` });
      expect(shown.statusCode).toBe(404);
      expect(shown.headers['content-type']).toContain('text/html');
      expect(shown.body).toContain('not valid');
      const posted = await app.inject({
        method: 'POST',
        url: `/unsubscribe/${token}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'List-Unsubscribe=One-Click',
      });
      expect(posted.statusCode).toBe(404);
    }
    // RFC 8058 also allows the one-click body as multipart/form-data.
    const boundary = 'kneadwork-test-boundary';
    const multipart = await app.inject({
      method: 'POST',
      url: `/unsubscribe/${'y'.repeat(43)}`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
    });
    expect(multipart.statusCode).toBe(404);
    expect(multipart.body).toContain('not valid');
  });
});
