// Referring to a professional who is not a member: the private link arrives on a real SMTP server,
// the page shows only that referral, plain form posts walk the closed loop, and the link opens
// nothing else, stops at revocation or expiry, and can be re-issued.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Referral } from '../../../contracts/referrals.ts';
import type { AppContext } from '../../context.ts';
import { smtpTransport } from '../../lib/mail-transport.ts';
import { createMailer } from '../mail/mail.service.ts';
import { sendReferralReminders } from './referral-reminders.ts';
import type { Listed } from '../../../../test/support/listed-members.ts';
import {
  addClient,
  addConsent,
  reminderDeps,
  call,
  move,
  refer,
  referralBody,
  referralScene,
} from '../../../../test/support/referrals.ts';
import { firstLink, startSmtpServer } from '../../../../test/support/smtp.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';

const rowsOf = <T>(result: unknown) => (result as { rows?: T[] }).rows ?? (result as T[]);
const form = { 'content-type': 'application/x-www-form-urlencoded', origin };

describeEachDatabase('referrals to a professional who is not a member', (kind) => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let maria: Listed;
  let clientId: string;
  let consentId: string;
  let contactId: string;

  const pathOf = (link: string) => new URL(link).pathname;
  async function referToContact(email: string) {
    const contact = await call(app, maria, 'POST', '/api/contacts', {
      name: 'Dr. Anika Patel',
      profession: 'physiotherapist',
      email,
    });
    contactId = contact.json<{ id: string }>().id;
    const consent = await addConsent(app, maria, clientId, { sharedWith: { kind: 'contact', contactId } });
    const referral = await refer(app, maria, referralBody(clientId, consent, { toContactId: contactId }));
    const mail = await smtp.waitFor(email);
    return { referral, path: pathOf(firstLink(mail.text)!), mail, consent };
  }
  const post = (path: string, body: Record<string, string>) =>
    app.inject({ method: 'POST', url: path, headers: form, payload: new URLSearchParams(body).toString() });

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await createTestApp(kind, {
      env: { SMTP_URL: smtp.url },
      mailTransport: smtpTransport(smtp.url, 'Kneadwork <no-reply@kneadwork.test>'),
    });
    ({ maria, clientId, consentId } = await referralScene(app));
  });
  afterAll(async () => {
    await app?.cleanup();
    await smtp?.close();
  });

  it('emails a private link; the recipient reads the referral and replies through plain forms, and the referrer sees it all', async () => {
    const { referral, path, mail } = await referToContact('anika@physio.example');
    expect(mail.subject).toContain('Maria Alvarez has referred a client to you');
    expect(mail.text).not.toContain('facet');
    expect(path).toMatch(/^\/r\/[\w-]{43}$/);

    const page = await app.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain('Suspected L4-L5 facet joint restriction');
    expect(page.body).toContain('Jordan Lee');
    expect(page.body).not.toContain('<script');

    // The appointment is typed on the recipient's clock, in the zone the page's forms carry.
    const steps: Record<string, string>[] = [
      { to: 'accepted' },
      { to: 'scheduled', appointmentAt: '2026-01-13T09:00', tz: 'America/Boise' },
      { to: 'seen' },
      {
        to: 'replied',
        findings: 'Weak glutes; exercises given.',
        recommendations: 'Massage is fine.',
        okToResumeMassage: 'yes',
      },
    ];
    for (const step of steps) {
      const response = await post(path, { tz: 'America/Boise', ...step });
      expect(response.statusCode, response.body).toBe(303);
      expect(response.headers.location).toBe(`${path}?tz=America%2FBoise`);
    }
    const seen = (await call(app, maria, 'GET', `/api/referrals/${referral.id}`)).json<Referral>();
    expect(seen).toMatchObject({
      status: 'replied',
      appointmentAt: '2026-01-13T16:00:00.000Z',
      outcome: { findings: 'Weak glutes; exercises given.', okToResumeMassage: 'yes' },
    });
    expect(seen.timeline.find((event) => event.kind === 'accepted')?.actor).toBe('external:anika@physio.example');
    expect(seen.link).toMatchObject({ state: 'active', sentTo: 'anika@physio.example' });

    const audit = rowsOf<{ actor_label: string }>(
      await app.database.db.execute(sql`select actor_label from client_access_log where referral_id = ${referral.id}`),
    );
    expect(audit.some((row) => row.actor_label === 'external:anika@physio.example')).toBe(true);

    // A step that is not theirs or not possible is refused on the page, not applied.
    const again = await post(path, { to: 'accepted' });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('cannot become accepted');
    expect((await post(path, { to: 'returned' })).statusCode).toBe(409);
    expect((await move(app, maria, referral.id, { to: 'returned' })).statusCode).toBe(200);
    expect((await post(path, { to: 'thanks', message: 'Thanks for sending Jordan my way.' })).statusCode).toBe(303);
    const thanked = (await call(app, maria, 'GET', `/api/referrals/${referral.id}`)).json<Referral>();
    expect(thanked.timeline.at(-1)).toMatchObject({
      kind: 'thanks',
      actor: 'external:anika@physio.example',
      note: 'Thanks for sending Jordan my way.',
    });
  });

  it('asks for a reason to decline, and refuses a post from another site', async () => {
    const { referral, path } = await referToContact('decliner@physio.example');
    const noReason = await post(path, { to: 'declined' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('reason');
    const crossSite = await app.inject({
      method: 'POST',
      url: path,
      headers: { ...form, origin: 'https://evil.example' },
      payload: 'to=accepted',
    });
    expect(crossSite.statusCode).toBe(403);
    expect((await post(path, { to: 'declined', reason: 'Fully booked until March' })).statusCode).toBe(303);
    expect((await call(app, maria, 'GET', `/api/referrals/${referral.id}`)).json<Referral>().status).toBe('declined');
  });

  it('opens only its own referral, and stops working when revoked or expired; a re-issued link works', async () => {
    const first = await referToContact('one@physio.example');
    const second = await referToContact('two@physio.example');
    expect((await app.inject({ method: 'GET', url: first.path })).body).not.toContain('two@physio.example');
    // The token is the whole credential: nothing in the URL can point it at another referral.
    expect((await app.inject({ method: 'GET', url: `${first.path}x` })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `/r/${second.referral.id}` })).statusCode).toBe(404);

    const revoked = await call(app, maria, 'POST', `/api/referrals/${first.referral.id}/link/revoke`);
    expect(revoked.json()).toMatchObject({ state: 'revoked' });
    expect((await app.inject({ method: 'GET', url: first.path })).statusCode).toBe(404);
    expect((await post(first.path, { to: 'accepted' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: second.path })).statusCode).toBe(200);

    const reissued = await call(app, maria, 'POST', `/api/referrals/${first.referral.id}/link`);
    expect(reissued.json()).toMatchObject({ state: 'active', sentTo: 'one@physio.example' });
    const mails = smtp.received.filter((mail) => JSON.stringify(mail.to).includes('one@physio.example'));
    await smtp.waitFor('one@physio.example', (mail) => mail !== mails[0]);
    const latest = smtp.received.filter((mail) => JSON.stringify(mail.to).includes('one@physio.example')).at(-1)!;
    const newPath = pathOf(firstLink(latest.text)!);
    expect(newPath).not.toBe(first.path);
    expect((await app.inject({ method: 'GET', url: newPath })).statusCode).toBe(200);

    await app.database.db.execute(
      sql`update referral_links set expires_at = now() - interval '1 minute' where referral_id = ${second.referral.id}`,
    );
    const expired = await app.inject({ method: 'GET', url: second.path });
    expect(expired.statusCode).toBe(404);
    expect(expired.body).toContain('This link does not work');
    expect((await call(app, maria, 'GET', `/api/referrals/${second.referral.id}`)).json<Referral>().link?.state).toBe(
      'expired',
    );
  });

  it('reminds an external recipient by email after three days unanswered, pointing to the first email', async () => {
    const { referral } = await referToContact('slow@physio.example');
    const context = {
      db: app.database.db,
      config: app.config,
      mailer: createMailer(app.database.db, smtpTransport(smtp.url, 'Kneadwork <no-reply@kneadwork.test>'), app.log),
    } as unknown as AppContext;
    expect(
      await sendReferralReminders(context, reminderDeps(app), new Date(Date.now() + 4 * 86_400_000)),
    ).toBeGreaterThan(0);
    const reminder = await smtp.waitFor('slow@physio.example', (mail) => mail.subject?.startsWith('Reminder') === true);
    expect(reminder.text).toContain(referral.createdAt.slice(0, 10));
    expect(firstLink(reminder.text)).toBeNull();
  });

  it('refers to a contact without an email address on paper: no link, a printable letter', async () => {
    const contact = await call(app, maria, 'POST', '/api/contacts', {
      name: 'Dr. Paper Only',
      profession: 'chiropractor',
    });
    const consent = await addConsent(app, maria, clientId, {
      sharedWith: { kind: 'contact', contactId: contact.json<{ id: string }>().id },
    });
    const referral = await refer(
      app,
      maria,
      referralBody(clientId, consent, { toContactId: contact.json<{ id: string }>().id }),
    );
    expect(referral).toMatchObject({ link: null, to: { kind: 'contact', name: 'Dr. Paper Only', slug: null } });
    const letter = await call(app, maria, 'GET', `/api/referrals/${referral.id}/letter.pdf`);
    expect(letter.statusCode).toBe(200);
    expect(letter.headers['content-type']).toBe('application/pdf');
    expect((await call(app, maria, 'POST', `/api/referrals/${referral.id}/link`)).statusCode).toBe(409);
  });

  it('stores only a hash of the token', async () => {
    const { referral, path } = await referToContact('hash@physio.example');
    const token = path.slice(3);
    const raw = JSON.stringify(
      rowsOf(await app.database.db.execute(sql`select * from referral_links where referral_id = ${referral.id}`)),
    );
    expect(raw).not.toContain(token);
  });

  it('hides the packet on the page once consent is withdrawn', async () => {
    const otherClient = await addClient(app, maria, 'Robin Diaz');
    const contact = await call(app, maria, 'POST', '/api/contacts', {
      name: 'Dr. Lee Wong',
      profession: 'physician',
      email: 'wong@clinic.example',
    });
    const consent = await addConsent(app, maria, otherClient, {
      sharedWith: { kind: 'profession', profession: 'physician' },
    });
    await refer(app, maria, referralBody(otherClient, consent, { toContactId: contact.json<{ id: string }>().id }));
    const path = pathOf(firstLink((await smtp.waitFor('wong@clinic.example')).text)!);
    expect((await app.inject({ method: 'GET', url: path })).body).toContain('Robin Diaz');
    await call(app, maria, 'POST', `/api/clients/${otherClient}/consents/${consent}/withdraw`, { reason: '' });
    const after = await app.inject({ method: 'GET', url: path });
    expect(after.body).not.toContain('Robin Diaz');
    expect(after.body).toContain('withdrawn consent');
    void consentId;
  });
});
