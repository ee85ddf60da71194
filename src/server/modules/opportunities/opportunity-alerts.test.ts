// Saved searches and their email alerts, against a real SMTP server: a new matching post sends an
// instant search exactly one mail (two passes at once, and a third after, still one) with the
// post's title, its link and an unsubscribe link that works when followed; a daily search gets one
// digest a day; a search that does not match gets nothing; saved searches are their owner's alone.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import type { SavedSearch } from '../../../contracts/opportunities.ts';
import type { AppContext } from '../../context.ts';
import { smtpTransport } from '../../lib/mail-transport.ts';
import { createMailer } from '../mail/mail.service.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { ageAccount, callAs, jobPost, post, roomPost } from '../../../../test/support/opportunities.ts';
import { startSmtpServer } from '../../../../test/support/smtp.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';
import { sendOpportunityAlerts, sendOpportunityDigests } from './opportunity-alerts.ts';

describeEachDatabase('opportunity saved searches and alerts', (kind) => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let context: AppContext;
  let maria: Listed;
  let sam: Listed;
  let lee: Listed;
  let pat: Listed;
  let samSearch: SavedSearch;
  const call = (who: Listed | null, method: string, url: string, payload?: object) =>
    callAs(app, who, method, url, payload);
  const to = (who: Listed) => (mail: ParsedMail) => JSON.stringify(mail.to).includes(who.email);
  const mailsTo = (who: Listed) => smtp.received.filter(to(who));
  const save = async (who: Listed, body: object) => {
    const response = await call(who, 'POST', '/api/opportunities/saved-searches', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<SavedSearch>();
  };
  /** Lets queued mail reach the SMTP server: every outbox row is sent before we count. */
  const settle = async () => {
    for (let i = 0; i < 50; i++) {
      const statuses = await context.mailer.latest(200);
      if (statuses.every((row) => row.status !== 'queued')) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await createTestApp(kind, { env: { SMTP_URL: smtp.url } });
    const transport = smtpTransport(smtp.url, 'Kneadwork <no-reply@kneadwork.test>');
    context = {
      db: app.database.db,
      config: app.config,
      mailer: createMailer(app.database.db, transport, app.log),
    } as AppContext;
    maria = await listMember(app, { displayName: 'Maria Lopez', postalCode: '10001', country: 'US' });
    sam = await listMember(app, { displayName: 'Sam Rivera', postalCode: '10010', country: 'US' });
    lee = await listMember(app, { displayName: 'Lee Park', postalCode: '10011', country: 'US' });
    pat = await listMember(app, { displayName: 'Pat Quinn', postalCode: '90012', country: 'US' });
    await ageAccount(app, maria);
    samSearch = await save(sam, { near: '10001', radius: 30, kind: 'job', frequency: 'instant' });
    await save(lee, { q: 'Prenatal', frequency: 'daily' });
    await save(pat, { near: '90012', radius: 30, frequency: 'instant' });
  });
  afterAll(async () => {
    await app?.cleanup();
    await smtp?.close();
  });

  it('lists and deletes only my own saved searches', async () => {
    const mine = (await call(sam, 'GET', '/api/opportunities/saved-searches')).json<{ items: SavedSearch[] }>();
    expect(mine.items).toEqual([
      expect.objectContaining({ id: samSearch.id, near: '10001', radius: 30, unit: 'mi', kind: 'job' }),
    ]);
    const refused = await call(lee, 'DELETE', `/api/opportunities/saved-searches/${samSearch.id}`);
    expect(refused.statusCode).toBe(404);
    const bad = await call(sam, 'POST', '/api/opportunities/saved-searches', { near: '00000' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('"field":"near"');
  });

  it('sends an instant alert exactly once per post, even with two passes at once', async () => {
    const job = await post(app, maria, jobPost());
    await post(app, maria, roomPost({ title: 'Room near the park' }));
    const [first, second] = await Promise.all([sendOpportunityAlerts(context), sendOpportunityAlerts(context)]);
    expect(first + second).toBe(1);
    expect(await sendOpportunityAlerts(context)).toBe(0);
    await smtp.waitFor(sam.email);
    await settle();
    expect(mailsTo(sam)).toHaveLength(1);
    expect(mailsTo(pat)).toHaveLength(0);
    expect(mailsTo(maria)).toHaveLength(0);
    const mail = mailsTo(sam)[0]!;
    expect(mail.subject).toContain('Massage therapist, prenatal focus');
    expect(mail.text).toContain(`${origin}/app/opportunities/${job.id}`);
    expect(mail.text).not.toContain('Room near the park');
    expect(JSON.stringify(mail.headers.get('list'))).toContain('/opportunities/alerts/');
  });

  it('collects a daily search’s matches into one digest a day', async () => {
    // Lee's search ("prenatal") matched the job above but waits for the digest.
    expect(mailsTo(lee)).toHaveLength(0);
    const [a, b] = await Promise.all([sendOpportunityDigests(context), sendOpportunityDigests(context)]);
    expect(a + b).toBe(1);
    await smtp.waitFor(lee.email);
    expect(await sendOpportunityDigests(context)).toBe(0);
    await settle();
    expect(mailsTo(lee)).toHaveLength(1);
    expect(mailsTo(lee)[0]!.text).toContain('Massage therapist, prenatal focus');
    // Tomorrow's pass sends nothing more: nothing new matched.
    expect(await sendOpportunityDigests(context, new Date(Date.now() + 86_400_000))).toBe(0);
  });

  it('stops the alerts when the unsubscribe link is followed, without signing in', async () => {
    const link = /http\S+\/opportunities\/alerts\/\S+/.exec(mailsTo(sam)[0]!.text ?? '')![0];
    const path = new URL(link).pathname;
    const confirm = await app.inject({ url: path });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Stop these alerts');
    // A forged key is refused.
    expect((await app.inject({ url: `${path.slice(0, -4)}AAAA` })).statusCode).toBe(404);
    const done = await app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
      payload: '',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.body).toContain('Alerts stopped');
    const left = (await call(sam, 'GET', '/api/opportunities/saved-searches')).json<{ items: SavedSearch[] }>();
    expect(left.items).toEqual([]);
    await post(app, maria, jobPost({ title: 'Another job after unsubscribing' }));
    expect(await sendOpportunityAlerts(context)).toBe(0);
    await settle();
    expect(mailsTo(sam)).toHaveLength(1);
    expect((await app.inject({ url: path })).statusCode).toBe(404);
  });
});
