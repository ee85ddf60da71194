// The client portal's sign-in and the client's own view: invitations and sign-in links used once,
// the idle limit, passwords with a failure limit, one account over two therapists' records kept
// apart, consent withdrawn by the client, and who-read-my-record in plain words.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { addConsent, call } from '../../../../test/support/referrals.ts';
import { asClient, invitedClient, lastPortalLink, useLink } from '../../../../test/support/portal.ts';
import { json, signUp } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

const rowsOf = <T>(result: unknown) => (result as { rows?: T[] }).rows ?? (result as T[]);

describeEachDatabase('client portal', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let omar: Listed;

  const mailsTo = async (to: string) =>
    rowsOf<{ subject: string; text: string; html: string }>(
      await app.database.db.execute(
        sql`select subject, text, html from mail_outbox where "to" = ${to} order by created_at`,
      ),
    );

  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = await listMember(app, {
      displayName: 'Maria Alvarez',
      postalCode: '02116',
      country: 'US',
      profession: 'massage-therapist',
    });
    omar = await listMember(app, {
      displayName: 'Omar Haddad',
      postalCode: '02139',
      country: 'US',
      profession: 'massage-therapist',
    });
  });
  afterAll(async () => app?.cleanup());

  describe('invitation', () => {
    it('mails a link without the client’s name; opening it uses nothing; its button signs in once', async () => {
      const email = 'priya@client.example';
      const created = await call(app, maria, 'POST', '/api/clients', {
        name: 'Priya Raman',
        email,
        notes: 'Sciatica, left',
      });
      const clientId = created.json<{ id: string }>().id;
      const invited = await call(app, maria, 'POST', `/api/clients/${clientId}/invite`, {});
      expect(invited.statusCode, invited.body).toBe(200);
      expect(invited.json<{ state: string }>().state).toBe('invited');
      const [mail] = await mailsTo(email);
      expect(mail!.subject).toContain('Maria Alvarez');
      for (const secret of ['Priya', 'Raman', 'Sciatica']) expect(JSON.stringify(mail)).not.toContain(secret);

      const link = await lastPortalLink(app, email);
      const path = new URL(link).pathname;
      // A mail scanner fetching the link twice spends nothing.
      for (let i = 0; i < 2; i++) {
        const page = await app.inject({ method: 'GET', url: path });
        expect(page.statusCode).toBe(200);
        expect(page.body).toContain('Open my portal');
      }
      // The page's form, posted as a browser does after a no-referrer page: Origin null, same-origin fetch.
      const posted = await app.inject({
        method: 'POST',
        url: path,
        headers: {
          origin: 'null',
          'sec-fetch-site': 'same-origin',
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: '',
      });
      expect(posted.statusCode, posted.body).toBe(303);
      expect(posted.headers.location).toBe('/app/portal');
      const setCookie = String(posted.headers['set-cookie']);
      expect(setCookie).toMatch(/kneadwork_portal=/);
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Lax/i);
      const cookie = setCookie.split(';')[0]!;
      const session = await asClient(app, cookie, 'GET', '/api/portal/session');
      expect(session.statusCode).toBe(200);
      expect(session.json()).toMatchObject({
        email,
        hasPassword: false,
        idleMinutes: 30,
        records: [{ clientId, therapist: { displayName: 'Maria Alvarez' } }],
      });
      // Used once: the same link is gone.
      const again = await app.inject({ method: 'POST', url: path, headers: { origin: 'http://localhost:3000' } });
      expect(again.statusCode).toBe(404);
      expect(again.body).toContain('no longer works');
      expect((await call(app, maria, 'GET', `/api/clients/${clientId}/portal`)).json<{ state: string }>().state).toBe(
        'active',
      );
    });

    it('shows the client their therapist by name even when the therapist never made a profile', async () => {
      const fresh = (await signUp(app, 'Nina Newcomer')) as unknown as Listed;
      const client = await invitedClient(app, fresh, { name: 'Client Of Nina' });
      const session = await asClient(app, client.cookie, 'GET', '/api/portal/session');
      expect(session.json()).toMatchObject({ records: [{ therapist: { displayName: 'Nina Newcomer' } }] });
    });

    it('needs the client’s email address, and is the therapist’s alone', async () => {
      const created = await call(app, maria, 'POST', '/api/clients', { name: 'No Email' });
      const id = created.json<{ id: string }>().id;
      const refused = await call(app, maria, 'POST', `/api/clients/${id}/invite`, {});
      expect(refused.statusCode).toBe(400);
      expect(refused.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe('email');
      const stranger = await call(app, omar, 'POST', `/api/clients/${id}/invite`, {});
      expect(stranger.statusCode).toBe(404);
      const anonymous = await app.inject({
        method: 'POST',
        url: `/api/clients/${id}/invite`,
        headers: json,
        payload: {},
      });
      expect(anonymous.statusCode).toBe(404);
    });
  });

  describe('the signed-in client', () => {
    it('reaches only their own record: another client, a member and nobody get 404 or 401', async () => {
      const first = await invitedClient(app, maria, { name: 'First Client' });
      const second = await invitedClient(app, maria, { name: 'Second Client' });
      const mine = await asClient(app, first.cookie, 'GET', `/api/portal/records/${first.clientId}`);
      expect(mine.statusCode).toBe(200);
      expect(mine.json()).toMatchObject({ me: { name: 'First Client' }, therapist: { displayName: 'Maria Alvarez' } });
      for (const url of [
        `/api/portal/records/${first.clientId}`,
        `/api/portal/records/${first.clientId}/access-log`,
        `/api/portal/records/${first.clientId}/consents`,
      ]) {
        expect((await asClient(app, second.cookie, 'GET', url)).statusCode).toBe(404);
        expect((await asClient(app, null, 'GET', url)).statusCode).toBe(404);
        // A member's session is not a portal session.
        expect((await call(app, maria, 'GET', url)).statusCode).toBe(404);
      }
      // And a portal session is not a member's.
      expect((await asClient(app, first.cookie, 'GET', `/api/clients/${first.clientId}`)).statusCode).toBe(404);
      expect((await asClient(app, first.cookie, 'GET', '/api/clients')).statusCode).toBe(401);
    });

    it('shows who read the record, in plain words', async () => {
      const client = await invitedClient(app, maria, { name: 'Logged Client' });
      await call(app, maria, 'GET', `/api/clients/${client.clientId}`);
      await asClient(app, client.cookie, 'GET', `/api/portal/records/${client.clientId}`);
      const log = await asClient(app, client.cookie, 'GET', `/api/portal/records/${client.clientId}/access-log`);
      const items = log.json<{ items: { who: string; what: string }[] }>().items;
      expect(items.slice(0, 3).map(({ who, what }) => ({ who, what }))).toEqual([
        { who: 'You', what: 'opened your portal' },
        { who: 'Your therapist, Maria Alvarez', what: 'opened your record' },
        { who: 'You', what: 'accepted the invitation to your portal' },
      ]);
    });

    it('ends after the idle limit without activity', async () => {
      const client = await invitedClient(app, maria, { name: 'Idle Client' });
      expect((await asClient(app, client.cookie, 'GET', '/api/portal/session')).statusCode).toBe(200);
      await app.database.db.execute(
        sql`update portal_sessions set last_seen_at = now() - interval '31 minutes' where account_id = (select id from portal_accounts where email = ${client.email})`,
      );
      expect((await asClient(app, client.cookie, 'GET', '/api/portal/session')).statusCode).toBe(401);
    });

    it('withdraws a consent at once: the therapist sees it withdrawn and is told without a name', async () => {
      const client = await invitedClient(app, maria, { name: 'Consenting Client' });
      const consent = await addConsent(app, maria, client.clientId);
      const withdrawn = await asClient(
        app,
        client.cookie,
        'POST',
        `/api/portal/records/${client.clientId}/consents/${consent}/withdraw`,
        { reason: 'Changed my mind' },
      );
      expect(withdrawn.statusCode, withdrawn.body).toBe(200);
      const seen = await call(app, maria, 'GET', `/api/clients/${client.clientId}/consents`);
      expect(seen.json<{ items: { id: string; status: string }[] }>().items.find((c) => c.id === consent)!.status).toBe(
        'withdrawn',
      );
      const notices = await call(app, maria, 'GET', '/api/notifications');
      const notice = notices
        .json<{ items: { kind: string; title: string; body: string; link: string }[] }>()
        .items.find((n) => n.kind === 'client.consent-withdrawn')!;
      expect(notice.link).toBe(`/app/clients/${client.clientId}`);
      expect(JSON.stringify(notice)).not.toContain('Consenting');
      const twice = await asClient(
        app,
        client.cookie,
        'POST',
        `/api/portal/records/${client.clientId}/consents/${consent}/withdraw`,
        {},
      );
      expect(twice.statusCode).toBe(409);
    });

    it('keeps one account over two therapists’ records, apart; ending access closes one', async () => {
      const email = 'sam.two@client.example';
      const atMaria = await invitedClient(app, maria, { name: 'Sam Two', email });
      const atOmar = await invitedClient(app, omar, { name: 'Samuel Two', email });
      const session = await asClient(app, atOmar.cookie, 'GET', '/api/portal/session');
      const records = session.json<{ records: { clientId: string; therapist: { displayName: string } }[] }>().records;
      expect(records.map((r) => r.therapist.displayName).sort()).toEqual(['Maria Alvarez', 'Omar Haddad']);
      expect(
        (await asClient(app, atOmar.cookie, 'GET', `/api/portal/records/${atMaria.clientId}`)).json(),
      ).toMatchObject({
        me: { name: 'Sam Two' },
      });
      // Omar cannot see Maria's record of the same person.
      expect((await call(app, omar, 'GET', `/api/clients/${atMaria.clientId}`)).statusCode).toBe(404);
      expect((await call(app, maria, 'POST', `/api/clients/${atMaria.clientId}/portal/end`, {})).json()).toMatchObject({
        state: 'ended',
      });
      expect((await asClient(app, atOmar.cookie, 'GET', `/api/portal/records/${atMaria.clientId}`)).statusCode).toBe(
        404,
      );
    });
  });

  describe('signing in again', () => {
    it('sends a 15-minute link only to an address with a portal, answers alike, and limits asking', async () => {
      const client = await invitedClient(app, maria, { name: 'Returning Client' });
      const unknown = await app.inject({
        method: 'POST',
        url: '/api/portal/sign-in-link',
        headers: json,
        payload: { email: 'nobody@client.example' },
      });
      const known = await app.inject({
        method: 'POST',
        url: '/api/portal/sign-in-link',
        headers: json,
        payload: { email: client.email.toUpperCase() },
      });
      expect([unknown.statusCode, known.statusCode]).toEqual([202, 202]);
      expect(unknown.body).toBe(known.body);
      await new Promise((resolve) => setTimeout(resolve, 50)); // the mail is queued after the answer
      expect(await mailsTo('nobody@client.example')).toEqual([]);
      const link = await lastPortalLink(app, client.email);
      const [row] = rowsOf<{ minutes: number }>(
        await app.database.db.execute(
          sql`select round(extract(epoch from expires_at - created_at) / 60)::int as minutes from portal_tokens where purpose = 'sign-in' order by created_at desc limit 1`,
        ),
      );
      expect(row!.minutes).toBe(15);
      expect(await useLink(app, link)).toMatch(/kneadwork_portal=/);
      const reused = await app.inject({
        method: 'POST',
        url: '/api/portal/sign-in',
        headers: json,
        payload: { token: link.split('/portal/link/')[1] },
      });
      expect(reused.statusCode).toBe(404);
      const asks = [];
      for (let i = 0; i < 3; i++)
        asks.push(
          (
            await app.inject({
              method: 'POST',
              url: '/api/portal/sign-in-link',
              headers: json,
              payload: { email: client.email },
            })
          ).statusCode,
        );
      expect(asks).toEqual([202, 202, 429]);
    });

    it('signs in with a chosen password; wrong ones name the field and are limited', async () => {
      const client = await invitedClient(app, maria, { name: 'Password Client' });
      const short = await asClient(app, client.cookie, 'PUT', '/api/portal/password', { password: 'short' });
      expect(short.statusCode).toBe(400);
      expect(short.body).toContain('password');
      expect(
        (await asClient(app, client.cookie, 'PUT', '/api/portal/password', { password: 'a calm long password' }))
          .statusCode,
      ).toBe(200);
      const signIn = (password: string) =>
        app.inject({
          method: 'POST',
          url: '/api/portal/sign-in/password',
          headers: json,
          payload: { email: client.email, password },
        });
      const good = await signIn('a calm long password');
      expect(good.statusCode, good.body).toBe(200);
      const codes = [];
      for (let i = 0; i < 6; i++) codes.push((await signIn('not the password')).statusCode);
      expect(codes).toEqual([400, 400, 400, 400, 400, 429]);
      // The failures lock the address out even with the right password, until the window passes.
      expect((await signIn('a calm long password')).statusCode).toBe(429);
    });
  });
});
