// The CSRF rule as real browsers meet it (issue 8, items 1 and 11): Chromium posts a form from a page
// whose referrer policy hides it with `Origin: null` but `Sec-Fetch-Site: same-origin`; other sites'
// pages say `cross-site`; a request naming no source at all is refused only when it carries a cookie.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Referral } from '../src/contracts/referrals.ts';
import { issueUnsubscribeLink } from '../src/server/modules/notifications/unsubscribe-links.ts';
import { json, signUp } from './support/members.ts';
import { addConsent, call, refer, referralBody, referralScene } from './support/referrals.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from './support/test-app.ts';
import { userIdOf } from './support/offers.ts';

const profileEdit = (cookie: string, headers: Record<string, string>) => ({
  method: 'PUT' as const,
  url: '/api/me/profile',
  headers: { 'content-type': 'application/json', cookie, ...headers },
  payload: { displayName: 'Changed Name' },
});
const formPost = (url: string, headers: Record<string, string>, body: Record<string, string>) => ({
  method: 'POST' as const,
  url,
  headers: {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'text/html,application/xhtml+xml',
    ...headers,
  },
  payload: new URLSearchParams(body).toString(),
});
// What Chromium sends when it posts a form of ours from a page served with `Referrer-Policy: no-referrer`.
const hiddenOrigin = { origin: 'null', 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'navigate' };
const otherSite = { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' };

describeEachDatabase('CSRF rule for real browsers', (kind) => {
  let app: TestApp;
  beforeAll(async () => (app = await createTestApp(kind)));
  afterAll(async () => app?.cleanup());

  it('accepts Origin null with Sec-Fetch-Site same-origin, refuses cross-site and same-site, and refuses a cookie that names no source', async () => {
    const { cookie } = await signUp(app, 'Real Browser');
    const nameNow = async () =>
      (await app.inject({ url: '/api/me/profile', headers: { cookie, origin } })).json<{ displayName: string }>()
        .displayName;

    expect(
      (await app.inject(profileEdit(cookie, { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' })))
        .statusCode,
    ).toBe(403);
    // A sibling subdomain is another origin: "same-site" is not proof.
    expect(
      (await app.inject(profileEdit(cookie, { 'sec-fetch-site': 'same-site', origin: 'https://other.localhost:3000' })))
        .statusCode,
    ).toBe(403);
    // Fetch Metadata outranks an Origin that looks right.
    expect((await app.inject(profileEdit(cookie, { 'sec-fetch-site': 'cross-site', origin }))).statusCode).toBe(403);
    // Origin null without Fetch Metadata (an old browser, a sandboxed frame) proves nothing.
    expect((await app.inject(profileEdit(cookie, { origin: 'null' }))).statusCode).toBe(403);
    const bare = await app.inject(profileEdit(cookie, {}));
    expect(bare.statusCode).toBe(403);
    expect(bare.json<{ error: { code: string } }>().error.code).toBe('forbidden_origin');
    expect(await nameNow()).toBe('Real Browser');

    const fromOurPage = await app.inject(profileEdit(cookie, { origin: 'null', 'sec-fetch-site': 'same-origin' }));
    expect(fromOurPage.statusCode, fromOurPage.body).toBe(200);
    expect(await nameNow()).toBe('Changed Name');
  });

  it('serves pages with a referrer policy that keeps the origin, so browsers send it', async () => {
    const page = await app.inject({ url: '/verify' });
    expect(page.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  describe('the /r/ forms of an external recipient (no cookie)', () => {
    let path: string;
    let referralId: string;
    let maria: Awaited<ReturnType<typeof referralScene>>['maria'];

    beforeAll(async () => {
      const scene = await referralScene(app);
      maria = scene.maria;
      const contact = await call(app, maria, 'POST', '/api/contacts', {
        name: 'Dr. Anika Patel',
        profession: 'physiotherapist',
        email: 'anika.csrf@physio.example',
      });
      const consent = await addConsent(app, maria, scene.clientId, {
        sharedWith: { kind: 'contact', contactId: contact.json<{ id: string }>().id },
      });
      referralId = (
        await refer(
          app,
          maria,
          referralBody(scene.clientId, consent, { toContactId: contact.json<{ id: string }>().id }),
        )
      ).id;
      // No SMTP server in this app: the link waits in the dev outbox.
      const outbox = await app.inject({ url: '/dev/outbox', remoteAddress: '127.0.0.1' });
      path = new URL(/href="([^"]*\/r\/[^"]+)"/.exec(outbox.body)![1]!).pathname;
    });
    const status = async () => (await call(app, maria, 'GET', `/api/referrals/${referralId}`)).json<Referral>().status;

    it('refuses a post from another site with a page that says the form was refused, not that the link is dead', async () => {
      const refused = await app.inject(formPost(path, otherSite, { to: 'accepted' }));
      expect(refused.statusCode).toBe(403);
      expect(refused.headers['content-type']).toMatch(/text\/html/);
      expect(refused.body).toContain('This form was refused');
      expect(refused.body).not.toContain('does not work');
      expect(await status()).toBe('sent');
    });

    it('takes a post from its own page that the browser sends with Origin null', async () => {
      const accepted = await app.inject(formPost(path, hiddenOrigin, { to: 'accepted' }));
      expect(accepted.statusCode, accepted.body).toBe(303);
      expect(await status()).toBe('accepted');
    });
  });

  it('unsubscribes a signed-in member whose browser posts the form with Origin null', async () => {
    const { cookie } = await signUp(app, 'Signed In Reader');
    const userId = await userIdOf(app, cookie);
    const { url } = await issueUnsubscribeLink(app.database.db, userId, origin);
    const posted = await app.inject(
      formPost(new URL(url).pathname, { ...hiddenOrigin, cookie }, { 'List-Unsubscribe': 'One-Click' }),
    );
    expect(posted.statusCode, posted.body).toBe(200);
    expect(posted.body).toContain('You are unsubscribed');
    const preferences = await app.services.notifications.preferences.get({ userId });
    expect(preferences.email.referrals).toBe('off');
  });
});

describe('with the default configuration (PUBLIC_URL unset), the loopback names of the server are one site', () => {
  let app: TestApp;
  beforeAll(async () => (app = await createTestApp('pglite', { env: { PUBLIC_URL: undefined, PORT: '3000' } })));
  afterAll(async () => app?.cleanup());

  const signUpFrom = (from: string, email: string, site: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      headers: { ...json, origin: from, 'sec-fetch-site': site, 'sec-fetch-mode': 'cors' },
      payload: { name: 'Loop Back', email, password: 'a long enough password' },
    });

  it('signs up and edits a profile from http://127.0.0.1:3000 and http://[::1]:3000 as from http://localhost:3000', async () => {
    expect(app.config.publicUrl).toBe('http://localhost:3000');
    for (const [i, from] of ['http://127.0.0.1:3000', 'http://[::1]:3000', 'http://localhost:3000'].entries()) {
      const response = await signUpFrom(from, `loop${i}@example.com`, 'same-origin');
      expect(response.statusCode, `${from}: ${response.body}`).toBe(200);
      const cookie = String(response.headers['set-cookie']).split(';')[0]!;
      // Not sent by a browser with Fetch Metadata: the Origin alone must be trusted.
      const edited = await app.inject({
        method: 'PUT',
        url: '/api/me/profile',
        headers: { 'content-type': 'application/json', cookie, origin: from },
        payload: { displayName: 'Loop Back' },
      });
      expect(edited.statusCode, `${from}: ${edited.body}`).toBe(200);
    }
  });

  it('still refuses another port or another host', async () => {
    expect((await signUpFrom('http://127.0.0.1:4000', 'port@example.com', 'same-site')).statusCode).toBe(403);
    expect((await signUpFrom('http://192.168.1.20:3000', 'lan@example.com', 'cross-site')).statusCode).toBe(403);
  });
});
