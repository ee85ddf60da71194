// Issue 8, items 3, 5 and 16 — what each reader of a referral sees:
// - after consent is withdrawn, the referrer keeps what was shared, marked withdrawn; the member
//   recipient and the emailed link show no clinical or identifying text (API, letter, page);
// - the letter PDF and the emailed page label the shared packet as the app does, never raw JSON;
// - "seen" and "took place" wait for the appointment or session; the emailed page shows times in
//   the recipient's chosen zone, named, and events in words.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Referral } from '../../../contracts/referrals.ts';
import { smtpTransport } from '../../lib/mail-transport.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { readPdf } from '../../../../test/support/pdf.ts';
import { addClient, addConsent, call, move, refer, referralBody } from '../../../../test/support/referrals.ts';
import { firstLink, startSmtpServer } from '../../../../test/support/smtp.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';
import { move as tradeMove, moved, propose } from '../../../../test/support/trades.ts';

const form = { 'content-type': 'application/x-www-form-urlencoded', origin };
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

describeEachDatabase('what each reader of a referral sees', (kind) => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let dana: Listed;
  let chiro: Listed;

  /** Dana (Twin Falls, Idaho) refers a new client to the member chiropractor and to an emailed physician. */
  async function referBoth(clientName: string, email: string) {
    const clientId = await addClient(app, dana, clientName);
    const consentId = await addConsent(app, dana, clientId);
    const member = await refer(app, dana, referralBody(clientId, consentId, { toMemberSlug: chiro.slug }));
    const contact = await call(app, dana, 'POST', '/api/contacts', {
      name: 'Dr. Lena Ortiz',
      profession: 'physician',
      email,
    });
    const external = await refer(
      app,
      dana,
      referralBody(clientId, consentId, { toContactId: contact.json<{ id: string }>().id }),
    );
    const path = new URL(firstLink((await smtp.waitFor(email)).text)!).pathname;
    return { clientId, consentId, member, external, path };
  }
  const page = async (path: string) => {
    const response = await app.inject({ method: 'GET', url: path });
    expect(response.statusCode).toBe(200);
    return response.body;
  };
  const pdfText = async (who: Listed, id: string) => {
    const response = await call(app, who, 'GET', `/api/referrals/${id}/letter.pdf`);
    expect(response.statusCode).toBe(200);
    return (await readPdf(response.rawPayload)).text;
  };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await createTestApp(kind, {
      env: { SMTP_URL: smtp.url },
      mailTransport: smtpTransport(smtp.url, 'Kneadwork <no-reply@kneadwork.test>'),
    });
    dana = await listMember(app, {
      displayName: 'Dana Whitfield',
      postalCode: '83301',
      region: 'ID',
      country: 'US',
      profession: 'massage-therapist',
      visibility: 'public',
    });
    chiro = await listMember(app, {
      displayName: 'Dr. Ben Carter',
      postalCode: '83338',
      region: 'ID',
      country: 'US',
      profession: 'chiropractor',
      visibility: 'public',
      acceptingReferrals: true,
    });
  });
  afterAll(async () => {
    await app?.cleanup();
    await smtp?.close();
  });

  it('labels the shared packet on the letter and the emailed page, as in the app (item 5)', async () => {
    const { member, path } = await referBoth('Jordan Lee', 'ortiz.labels@clinic.example');
    const letter = await pdfText(dana, member.id);
    expect(letter).toContain('Name: Jordan Lee');
    expect(letter).toContain('Date of birth: 1984-05-06');
    expect(letter).toContain('Parts shared: name, date of birth and contact details; what I did and observed.');
    expect(letter).not.toMatch(/identity:|shared: \[|\{"|\["/);

    const html = await page(path);
    expect(html).toContain('<dt>Name</dt><dd>Jordan Lee</dd>');
    expect(html).toContain('<dt>Phone</dt><dd>555-010-2000</dd>');
    expect(html).not.toMatch(/<dt>(identity|shared)<\/dt>|\{&quot;|&quot;name&quot;/);
  });

  it('after withdrawal: the referrer keeps the record, marked withdrawn; the recipient and the link show nothing about the client (item 3)', async () => {
    const { clientId, consentId, member, external, path } = await referBoth(
      'Robin Diaz',
      'ortiz.withdrawn@clinic.example',
    );
    expect(
      (await move(app, chiro, member.id, { to: 'declined', reason: 'Robin Diaz needs imaging first' })).statusCode,
    ).toBe(200);
    expect(
      (
        await call(app, dana, 'POST', `/api/clients/${clientId}/consents/${consentId}/withdraw`, {
          reason: 'Changed her mind',
        })
      ).statusCode,
    ).toBe(200);

    // The referrer: everything that was disclosed, marked withdrawn.
    const mine = (await call(app, dana, 'GET', `/api/referrals/${member.id}`)).json<Referral>();
    expect(mine).toMatchObject({
      clientName: 'Robin Diaz',
      packet: { state: 'withdrawn', data: { identity: { name: 'Robin Diaz' } } },
    });
    expect(mine.reasonClinical).toContain('facet joint');
    const myLetter = await pdfText(dana, member.id);
    expect(myLetter).toContain('withdrawn');
    expect(myLetter).toContain('Name: Robin Diaz');

    // The member recipient: no name, reasons, observations, notes — on the API and on the letter.
    const theirs = await call(app, chiro, 'GET', `/api/referrals/${member.id}`);
    expect(theirs.json<Referral>()).toMatchObject({
      clientName: null,
      reasonClinical: '',
      reasonPlain: '',
      whatIDid: '',
      observations: '',
      packet: { state: 'withdrawn', data: null },
    });
    expect(theirs.body).not.toMatch(/Robin|facet|myofascial|extension/);
    expect(await pdfText(chiro, member.id)).not.toMatch(/Robin|facet|myofascial|extension/);

    // The emailed link: the page says consent was withdrawn and shows nothing about the client.
    const html = await page(path);
    expect(html).toContain('withdrawn consent');
    expect(html).not.toMatch(/Robin|facet|myofascial|extension|stiff joint/);
    expect((await call(app, dana, 'GET', `/api/referrals/${external.id}`)).json<Referral>().packet.state).toBe(
      'withdrawn',
    );
  });

  it('refuses "seen" before the appointment and "took place" before the session, naming the field (item 16)', async () => {
    const { member, path } = await referBoth('Sky Moreno', 'ortiz.dates@clinic.example');
    expect((await move(app, chiro, member.id, { to: 'accepted' })).statusCode).toBe(200);
    expect(
      (await move(app, chiro, member.id, { to: 'scheduled', appointmentAt: inDays(2).toISOString() })).statusCode,
    ).toBe(200);
    const early = await move(app, chiro, member.id, { to: 'seen' });
    expect(early.statusCode).toBe(400);
    expect(early.json<{ error: { message: string; details: { field: string }[] } }>().error).toMatchObject({
      message: expect.stringMatching(/^Seen can be recorded once the appointment has begun/) as unknown,
      details: [{ field: 'seen' }],
    });

    const post = (body: Record<string, string>) =>
      app.inject({ method: 'POST', url: path, headers: form, payload: new URLSearchParams(body).toString() });
    expect((await post({ to: 'accepted' })).statusCode).toBe(303);
    const future = inDays(3).toISOString().slice(0, 16);
    expect((await post({ to: 'scheduled', appointmentAt: future, tz: 'America/Boise' })).statusCode).toBe(303);
    const earlyPage = await post({ to: 'seen', tz: 'America/Boise' });
    expect(earlyPage.statusCode).toBe(400);
    expect(earlyPage.body).toContain('once the appointment has begun');

    const trade = await propose(
      app,
      dana,
      chiro,
      { service: 'Swedish massage', minutes: 60 },
      { service: 'Adjustment', minutes: 30 },
    );
    await moved(app, chiro, trade.id, { to: 'accepted' });
    await moved(app, dana, trade.id, { to: 'scheduled', session: 'mine', startsAt: inDays(4).toISOString() });
    for (const to of ['completed', 'no-show']) {
      const refused = await tradeMove(app, chiro, trade.id, { to, session: 'theirs' });
      expect(refused.statusCode, to).toBe(400);
      expect(refused.json<{ error: { message: string } }>().error.message).toMatch(
        /^Session has not begun yet, so it cannot be (confirmed as taken place|recorded as missed)/,
      );
    }
  });

  it('shows the emailed page in the recipient’s time zone, named, with events in words (item 16)', async () => {
    const { path } = await referBoth('Alex Kim', 'ortiz.zones@clinic.example');
    // First visit: the referrer's zone (Idaho) is chosen, and no field asks for UTC.
    const first = await page(path);
    expect(first).toContain('<option value="America/Boise" selected>');
    expect(first).not.toContain('link-issued');
    expect(first).toContain('Private link emailed');
    expect(first).toMatch(/M[SD]T — Referral sent/);
    const withoutChooser = (html: string) => html.replace(/<select[\s\S]*?<\/select>/, '');
    expect(withoutChooser(first)).not.toContain('UTC');

    // The recipient picks Pacific time: the appointment is typed and shown on that clock.
    const chosen = await page(`${path}?tz=America/Los_Angeles`);
    expect(chosen).toContain('<option value="America/Los_Angeles" selected>');
    expect(chosen).toContain('<input type="hidden" name="tz" value="America/Los_Angeles">');
    const post = (body: Record<string, string>) =>
      app.inject({ method: 'POST', url: path, headers: form, payload: new URLSearchParams(body).toString() });
    expect((await post({ to: 'accepted', tz: 'America/Los_Angeles' })).headers.location).toBe(
      `${path}?tz=America%2FLos_Angeles`,
    );
    expect(await page(`${path}?tz=America/Los_Angeles`)).toContain(
      '<label for="appointmentAt">Date and time, Pacific (Los Angeles, Vancouver) time</label>',
    );
    expect(
      (await post({ to: 'scheduled', appointmentAt: '2027-01-15T14:30', tz: 'America/Los_Angeles' })).statusCode,
    ).toBe(303);
    const after = await page(`${path}?tz=America/Los_Angeles`);
    expect(after).toContain('Appointment: <strong>Jan 15, 2027, 2:30 PM PST</strong>');
    expect(withoutChooser(after)).not.toMatch(/UTC|link-issued|>accepted<|>scheduled</);
  });
});
