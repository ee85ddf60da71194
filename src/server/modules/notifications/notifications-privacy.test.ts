// Issue 8, item 2: notifications say who did what, never the words a member typed. A thank-you,
// a decline reason, an external recipient's outcome reply and thank-you, and trade feedback that
// name a client reach the other side behind sign-in only — no notification row, live event,
// notification email, weekly digest or outbox message carries them. Item 32: a thank-you and its
// notice are one write — a forced failure of the notice leaves no thank-you behind.
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Referral } from '../../../contracts/referrals.ts';
import { smtpTransport } from '../../lib/mail-transport.ts';
import { createMailer } from '../mail/mail.service.ts';
import { sendWeeklyDigests } from './notification-digest.service.ts';
import { sendNotificationEmails } from './notification-email.service.ts';
import type { Listed } from '../../../../test/support/listed-members.ts';
import { openSocket, type LiveSocket } from '../../../../test/support/realtime-client.ts';
import { addConsent, call, move, refer, referralBody, referralScene } from '../../../../test/support/referrals.ts';
import { firstLink, startSmtpServer } from '../../../../test/support/smtp.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';
import { moved, propose, tradeCall } from '../../../../test/support/trades.ts';

const rowsOf = <T>(result: unknown) => (result as { rows?: T[] }).rows ?? (result as T[]);
const form = { 'content-type': 'application/x-www-form-urlencoded', origin };
// Every piece of free text below names the client; none of it may leave sign-in.
const secret = 'Rachel Greenberg';

describeEachDatabase('notifications carry no free text', (kind) => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let base: string;
  let maria: Listed;
  let chiro: Listed;
  let sam: Listed;
  let clientId: string;
  let consentId: string;
  const sockets: LiveSocket[] = [];

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await createTestApp(kind, {
      env: { SMTP_URL: smtp.url },
      mailTransport: smtpTransport(smtp.url, 'Kneadwork <no-reply@kneadwork.test>'),
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    ({ maria, chiro, sam, clientId, consentId } = await referralScene(app));
  });
  afterAll(async () => {
    for (const socket of sockets) await socket.close().catch(() => undefined);
    await app?.cleanup();
    await smtp?.close();
  });

  it('keeps thank-yous, reasons, external replies and trade feedback out of notifications, live events and email', async () => {
    for (const who of [maria, chiro, sam]) sockets.push(await openSocket(base, who.cookie, origin));

    // A member recipient: declines one referral with a reason, accepts another; both sides thank.
    const declined = await refer(app, maria, referralBody(clientId, consentId, { toMemberSlug: chiro.slug }));
    expect(
      (await move(app, chiro, declined.id, { to: 'declined', reason: `${secret} needs imaging first` })).statusCode,
    ).toBe(200);
    const accepted = await refer(app, maria, referralBody(clientId, consentId, { toMemberSlug: chiro.slug }));
    expect((await move(app, chiro, accepted.id, { to: 'accepted', note: `Happy to see ${secret}` })).statusCode).toBe(
      200,
    );
    expect(
      (
        await call(app, maria, 'POST', `/api/referrals/${accepted.id}/thanks`, {
          message: `Thank you Ben for seeing ${secret}`,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await call(app, chiro, 'POST', `/api/referrals/${accepted.id}/thanks`, { message: `${secret} is doing well` }))
        .statusCode,
    ).toBe(200);

    // An external recipient answers through the emailed link and thanks the referrer; the referrer thanks them back.
    const contact = await call(app, maria, 'POST', '/api/contacts', {
      name: 'Dr. Anika Patel',
      profession: 'physiotherapist',
      email: 'anika.privacy@physio.example',
    });
    const contactId = contact.json<{ id: string }>().id;
    const consent = await addConsent(app, maria, clientId, { sharedWith: { kind: 'contact', contactId } });
    const external = await refer(app, maria, referralBody(clientId, consent, { toContactId: contactId }));
    const path = new URL(firstLink((await smtp.waitFor('anika.privacy@physio.example')).text)!).pathname;
    const post = (body: Record<string, string>) =>
      app.inject({ method: 'POST', url: path, headers: form, payload: new URLSearchParams(body).toString() });
    const steps: Record<string, string>[] = [
      { to: 'accepted', note: `Booked ${secret}` },
      { to: 'scheduled', appointmentAt: '2026-01-05T09:00' },
      { to: 'seen' },
      { to: 'replied', findings: `${secret}: weak glutes`, okToResumeMassage: 'yes' },
      { to: 'thanks', message: `Thanks for sending ${secret}` },
    ];
    for (const step of steps) expect((await post(step)).statusCode).toBe(303);
    expect(
      (
        await call(app, maria, 'POST', `/api/referrals/${external.id}/thanks`, {
          message: `Thank you for seeing ${secret}`,
        })
      ).statusCode,
    ).toBe(200);

    // Trade feedback after a session took place.
    const trade = await propose(
      app,
      maria,
      sam,
      { service: 'Swedish massage', minutes: 60 },
      { service: 'Sports massage', minutes: 60 },
    );
    await moved(app, sam, trade.id, { to: 'accepted' });
    await moved(app, maria, trade.id, { to: 'scheduled', session: 'mine', startsAt: '2026-01-02T10:00:00Z' });
    await moved(app, maria, trade.id, { to: 'completed', session: 'mine' });
    await moved(app, sam, trade.id, { to: 'completed', session: 'theirs' });
    expect(
      (
        await tradeCall(app, sam, 'POST', `/api/trades/${trade.id}/notes`, {
          sharedFeedback: `Loved it; will refer ${secret} to you`,
        })
      ).statusCode,
    ).toBe(200);

    // The words are there for the parties, behind sign-in…
    const thanked = (await call(app, maria, 'GET', `/api/referrals/${external.id}`)).json<Referral>();
    expect(thanked.timeline.some((event) => event.kind === 'thanks' && event.note.includes(secret))).toBe(true);
    // …and the other side was told something happened.
    const stored = rowsOf<Record<string, unknown>>(await app.database.db.execute(sql`select * from notifications`));
    expect(stored.map((row) => row.kind)).toEqual(
      expect.arrayContaining(['referral.declined', 'referral.thanks', 'referral.replied', 'trade.feedback']),
    );

    // Away from the app, the notification emails and the weekly digest go out.
    const events = sockets.flatMap((socket) => socket.events);
    expect(events.filter((event) => event.type === 'notification').length).toBeGreaterThan(5);
    for (const socket of sockets.splice(0)) await socket.close();
    const mailer = createMailer(
      app.database.db,
      smtpTransport(smtp.url, 'Kneadwork <no-reply@kneadwork.test>'),
      app.log,
    );
    const deps = { db: app.database.db, mailer, publicUrl: app.config.publicUrl };
    const later = new Date(Date.now() + 60 * 60_000);
    expect(await sendNotificationEmails(deps, later)).toBeGreaterThan(0);
    expect(await sendWeeklyDigests(deps, later)).toBeGreaterThan(0);
    await smtp.waitFor(sam.email, (mail) => mail.subject?.startsWith('Your week') === true);

    const live = JSON.stringify(stored) + JSON.stringify(events);
    const outbox = JSON.stringify(rowsOf(await app.database.db.execute(sql`select * from mail_outbox`)));
    const received = JSON.stringify(smtp.received.map((mail) => [mail.subject, mail.text, mail.html]));
    expect(live).not.toContain('Rachel');
    expect(outbox).not.toContain('Rachel');
    expect(received).not.toContain('Rachel');
  });

  it('never shows or mails again the body of a notice stored before notices were worded in one place', async () => {
    const [owner] = rowsOf<{ id: string }>(
      await app.database.db.execute(sql`select id from "user" where email = ${chiro.email}`),
    );
    await app.database.db.execute(
      sql`insert into notifications (user_id, kind, category, title, body, link) values (${owner!.id}, 'referral.thanks', 'referrals', 'Maria Alvarez thanked you', ${`Thank you for seeing ${secret}`}, '/app/referrals')`,
    );
    const list = await call(app, chiro, 'GET', '/api/notifications?limit=100');
    expect(list.body).toContain('Maria Alvarez thanked you');
    expect(list.body).not.toContain('Rachel');
    const mailer = createMailer(
      app.database.db,
      smtpTransport(smtp.url, 'Kneadwork <no-reply@kneadwork.test>'),
      app.log,
    );
    const before = smtp.received.length;
    await sendNotificationEmails(
      { db: app.database.db, mailer, publicUrl: app.config.publicUrl },
      new Date(Date.now() + 3 * 3600_000),
    );
    await smtp.waitFor(chiro.email, (mail) => smtp.received.indexOf(mail) >= before);
    expect(JSON.stringify(smtp.received.slice(before).map((mail) => mail.text))).not.toContain('Rachel');
  });

  it('writes a thank-you and its notice together: a failing notice leaves nothing, and the retry stores it once', async () => {
    const referral = await refer(app, maria, referralBody(clientId, consentId, { toMemberSlug: chiro.slug }));
    const thanksCount = async () =>
      rowsOf<{ n: number }>(
        await app.database.db.execute(
          sql`select count(*)::int as n from referral_events where referral_id = ${referral.id} and kind = 'thanks'`,
        ),
      )[0]!.n;
    const noticeCount = async () =>
      rowsOf<{ n: number }>(
        await app.database.db.execute(
          sql`select count(*)::int as n from notifications where kind = 'referral.thanks' and subject = ${`referral:${referral.id}`}`,
        ),
      )[0]!.n;

    // The notification centre's table refuses writes for a moment.
    await app.database.db.execute(
      sql`create or replace function refuse_notice() returns trigger language plpgsql as $$ begin raise exception 'notifications are down'; end $$`,
    );
    await app.database.db.execute(
      sql`create trigger refuse_notice before insert on notifications for each row execute function refuse_notice()`,
    );
    const failed = await call(app, maria, 'POST', `/api/referrals/${referral.id}/thanks`, { message: 'Thank you!' });
    expect(failed.statusCode).toBe(500);
    expect(await thanksCount()).toBe(0);
    await app.database.db.execute(sql`drop trigger refuse_notice on notifications`);

    const retried = await call(app, maria, 'POST', `/api/referrals/${referral.id}/thanks`, { message: 'Thank you!' });
    expect(retried.statusCode, retried.body).toBe(200);
    expect([await thanksCount(), await noticeCount()]).toEqual([1, 1]);
  });
});
