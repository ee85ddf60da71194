// Issue 8, item 6: every link in every email and calendar file opens the right page. The main flows
// that send mail run against a real SMTP server — sign-up verification and password reset,
// referrals to a member and to an emailed professional (with a thank-you and a reminder), trade
// invites with their .ics files, notification emails and the weekly digest, a letter, a
// certificate, the follow-up digest — then every URL in every message (text, HTML, .ics) is
// requested. An /app/ link must be a route of the web app (src/web/app/router.tsx) served as the
// app's page, and the record behind it must open for the member the mail was sent to.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { smtpTransport } from '../../lib/mail-transport.ts';
import { sendFollowUpDigests } from '../contacts/follow-ups.service.ts';
import { createMailer } from './mail.service.ts';
import { sendWeeklyDigests } from '../notifications/notification-digest.service.ts';
import { sendNotificationEmails } from '../notifications/notification-email.service.ts';
import { sendReferralReminders } from '../referrals/referral-reminders.ts';
import type { AppContext } from '../../context.ts';
import type { Listed } from '../../../../test/support/listed-members.ts';
import { createOffer, issueTo } from '../../../../test/support/offers.ts';
import { reminderDeps, call, refer, referralBody, referralScene } from '../../../../test/support/referrals.ts';
import { startSmtpServer } from '../../../../test/support/smtp.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';
import { moved, propose } from '../../../../test/support/trades.ts';

// The web app's routes, read from the router itself: a link to anything else is a dead end.
const routerSource = readFileSync(path.resolve(import.meta.dirname, '../../../web/app/router.tsx'), 'utf8');
const appRoutes = [...routerSource.matchAll(/path: '([^']+)'/g)]
  .map((match) => match[1]!)
  .filter((route) => route !== '*');
const hasIndexRoute = /index: true/.test(routerSource);
const routeMatches = (appPath: string) => {
  const rest = appPath.replace(/^\/app\/?/, '').replace(/\/$/, '');
  if (rest === '') return hasIndexRoute;
  return appRoutes.some((route) => new RegExp(`^${route.replace(/:[A-Za-z]+/g, '[^/]+')}$`).test(rest));
};
// What an app page loads: the record must open for the member the mail went to.
const recordBehind: [RegExp, (id: string) => string][] = [
  [/^\/app\/referrals\/([^/]+)$/, (id) => `/api/referrals/${id}`],
  [/^\/app\/trades\/([^/]+)$/, (id) => `/api/trades/${id}`],
  [/^\/app\/contacts\/([^/]+)$/, (id) => `/api/contacts/${id}`],
];

/** Every absolute URL in a message: text and HTML parts, and calendar attachments (unfolded, unescaped). */
function linksIn(mail: ParsedMail): string[] {
  const calendars = mail.attachments
    .filter((file) => file.contentType.startsWith('text/calendar') || file.filename?.endsWith('.ics'))
    .map((file) => file.content.toString('utf8').replace(/\r?\n[ \t]/g, ''));
  const sources = [mail.text ?? '', typeof mail.html === 'string' ? mail.html : '', ...calendars];
  const links = sources.flatMap((source) =>
    [...source.matchAll(/https?:\/\/[^\s<>"'\\)\]]+/g)].map((match) =>
      match[0].replace(/[.,;:]+$/, '').replace(/&amp;/g, '&'),
    ),
  );
  return [...new Set(links)];
}

describeEachDatabase('links in emails and calendar files', (kind) => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let maria: Listed;
  let chiro: Listed;
  let sam: Listed;
  let clientId: string;
  let consentId: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await createTestApp(kind, {
      env: { SMTP_URL: smtp.url },
      mailTransport: smtpTransport(smtp.url, 'Kneadwork <no-reply@kneadwork.test>'),
    });
    ({ maria, chiro, sam, clientId, consentId } = await referralScene(app));
  });
  afterAll(async () => {
    await app?.cleanup();
    await smtp?.close();
  });

  it('opens the right page from every link of every mail the main flows send', async () => {
    const mailer = createMailer(
      app.database.db,
      smtpTransport(smtp.url, 'Kneadwork <no-reply@kneadwork.test>'),
      app.log,
    );
    const context = { db: app.database.db, config: app.config, mailer } as unknown as AppContext;
    const members = new Map([maria, chiro, sam].map((who) => [who.email, who]));

    // Auth: the verification mails went out at sign-up; a password reset, as the web app asks for it.
    const reset = await app.inject({
      method: 'POST',
      url: '/api/auth/request-password-reset',
      headers: { 'content-type': 'application/json', origin },
      payload: { email: sam.email, redirectTo: '/app/reset-password' },
    });
    expect(reset.statusCode, reset.body).toBe(200);

    // Referrals: to a member, and to a professional by email, thanked; a reminder for an unanswered one.
    const toMember = await refer(app, maria, referralBody(clientId, consentId, { toMemberSlug: chiro.slug }));
    // Due yesterday in UTC: due on Maria's own clock too (her zone comes from her postal code), whatever the hour.
    const contact = await call(app, maria, 'POST', '/api/contacts', {
      name: 'Dr. Anika Patel',
      profession: 'physiotherapist',
      email: 'anika.links@physio.example',
      followUpOn: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
    });
    const external = await refer(
      app,
      maria,
      referralBody(clientId, consentId, { toContactId: contact.json<{ id: string }>().id }),
    );
    expect(
      (await call(app, maria, 'POST', `/api/referrals/${external.id}/thanks`, { message: 'Thank you!' })).statusCode,
    ).toBe(200);
    expect(
      (await call(app, chiro, 'POST', `/api/referrals/${toMember.id}/transitions`, { to: 'accepted' })).statusCode,
    ).toBe(200);
    expect(
      await sendReferralReminders(context, reminderDeps(app), new Date(Date.now() + 4 * 86_400_000)),
    ).toBeGreaterThan(0);

    // A trade with both sessions scheduled: invites with .ics files.
    const trade = await propose(
      app,
      maria,
      sam,
      { service: 'Swedish massage', minutes: 60 },
      { service: 'Sports massage', minutes: 45 },
    );
    await moved(app, sam, trade.id, { to: 'accepted' });
    await moved(app, maria, trade.id, { to: 'scheduled', session: 'mine', startsAt: '2027-02-01T10:00:00Z' });
    await moved(app, sam, trade.id, { to: 'scheduled', session: 'mine', startsAt: '2027-02-02T10:00:00Z' });

    // Cover while away and a connection request: more notices for the emails below.
    const today = new Date().toISOString().slice(0, 10);
    expect(
      (
        await call(app, maria, 'POST', '/api/away', {
          reason: 'vacation',
          startsOn: today,
          endsOn: today,
          coverSlugs: [sam.slug],
        })
      ).statusCode,
    ).toBe(201);
    expect((await call(app, sam, 'POST', '/api/connections', { toMemberSlug: chiro.slug })).statusCode).toBe(201);

    // A letter and a certificate, emailed to the contact.
    const contactId = contact.json<{ id: string }>().id;
    const letter = await call(app, maria, 'POST', '/api/letters', { contactId });
    expect(letter.statusCode, letter.body).toBe(201);
    const sentLetter = await call(app, maria, 'POST', `/api/letters/${letter.json<{ id: string }>().id}/send`, {});
    expect(sentLetter.statusCode, sentLetter.body).toBe(200);
    const offer = await createOffer(app, maria);
    const certificate = await issueTo(app, maria, offer.id, { contactId });
    expect((await call(app, maria, 'POST', `/api/certificates/${certificate.code}/send`, {})).statusCode).toBe(200);

    // The scheduled mail: notification emails, the weekly digest, the follow-up digest.
    const later = new Date(Date.now() + 60 * 60_000);
    const deps = { db: app.database.db, mailer, publicUrl: app.config.publicUrl };
    expect(await sendNotificationEmails(deps, later)).toBeGreaterThan(0);
    expect(await sendWeeklyDigests(deps, later)).toBeGreaterThan(0);
    expect(await sendFollowUpDigests(app.database.db, mailer, app.config.publicUrl, later)).toBeGreaterThan(0);
    await smtp.waitFor(maria.email, (mail) => mail.subject?.startsWith('Your week') === true);
    await smtp.waitFor(sam.email, (mail) => mail.attachments.some((file) => file.filename === 'invite.ics'));

    const checked: string[] = [];
    for (const mail of smtp.received) {
      const to = members.get(mail.to && !Array.isArray(mail.to) ? (mail.to.value[0]?.address ?? '') : '');
      for (const link of linksIn(mail)) {
        const where = `${link} in "${mail.subject}"`;
        const url = new URL(link);
        expect(url.origin, where).toBe(origin);
        let target = `${url.pathname}${url.search}`;
        // Follow redirects (verification, reset) to where the browser lands.
        let response = await app.inject({ method: 'GET', url: target, headers: to ? { cookie: to.cookie } : {} });
        for (let hops = 0; response.statusCode >= 300 && response.statusCode < 400 && hops < 3; hops++) {
          target =
            new URL(String(response.headers.location), origin).pathname +
            new URL(String(response.headers.location), origin).search;
          response = await app.inject({ method: 'GET', url: target, headers: to ? { cookie: to.cookie } : {} });
        }
        const landed = new URL(target, origin).pathname;
        expect(String(response.headers['content-type']), `${where} answers a page, not JSON`).toMatch(/^text\/html/);
        if (landed.startsWith('/app')) {
          expect(routeMatches(landed), `${where}: ${landed} is a route of the web app`).toBe(true);
          // Without a web build the app answers its "build missing" page (503); with one, index.html.
          expect([200, 503], where).toContain(response.statusCode);
          const record = recordBehind.find(([pattern]) => pattern.test(landed));
          if (record) {
            expect(to, `${where} goes to a member`).toBeDefined();
            const id = record[0].exec(landed)![1]!;
            expect(
              (await call(app, to!, 'GET', record[1](id))).statusCode,
              `${where}: the record opens for ${to!.name}`,
            ).toBe(200);
          }
        } else {
          expect(response.statusCode, where).toBe(200);
        }
        checked.push(landed);
      }
    }
    // The flows above did produce each kind of link.
    for (const expected of [
      /^\/app\/trades\//,
      /^\/app\/referrals\//,
      /^\/r\//,
      /^\/unsubscribe\//,
      /^\/verify\//,
      /^\/app\/notifications/,
      /^\/app\/reset-password/,
      /^\/app\/contacts/,
    ]) {
      expect(
        checked.some((landed) => expected.test(landed)),
        String(expected),
      ).toBe(true);
    }
  });
});
