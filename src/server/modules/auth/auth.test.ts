// Accounts through the real auth routes: sign-up with argon2id, email verification and password
// reset through a real SMTP server on loopback, rate limits, no account enumeration, sessions.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpTransport } from '../../lib/mail-transport.ts';
import { asMember, cookieFrom, json, signUp } from '../../../../test/support/members.ts';
import { firstLink, startSmtpServer } from '../../../../test/support/smtp.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';

type Smtp = Awaited<ReturnType<typeof startSmtpServer>>;

describeEachDatabase('accounts', (kind) => {
  let app: TestApp;
  let smtp: Smtp;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await createTestApp(kind, {
      env: { AUTH_MAX_FAILED_SIGNINS: '3', SMTP_URL: smtp.url },
      mailTransport: smtpTransport(smtp.url, 'Kneadwork <no-reply@kneadwork.test>'),
    });
  });
  afterAll(async () => {
    await app.cleanup();
    await smtp.close();
  });

  // Each call comes from its own address unless told otherwise, so only the per-account limit applies.
  let address = 1;
  const signIn = (email: string, password: string, remoteAddress = `198.51.100.${address++}`) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: json,
      payload: { email, password },
      remoteAddress,
    });

  it('signs up, stores an argon2id hash (m=19456, t=2, p=1) and never the password', async () => {
    const { email } = await signUp(app, 'Ada Lovelace');
    const rows = await app.database.db.execute<{ password: string }>(
      sql`select a.password from account a join "user" u on u.id = a.user_id where u.email = ${email}`,
    );
    expect(rows.rows[0]!.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(rows.rows[0]!.password).not.toContain('a long enough password');
  });

  it('sends a verification link by SMTP that verifies the address', async () => {
    const { email, cookie } = await signUp(app, 'Vera Fied');
    const mail = await smtp.waitFor(email, (m) => /confirm/i.test(m.subject ?? ''));
    const link = firstLink(mail.text);
    expect(link).toContain('/api/auth/verify-email?token=');
    const before = await app.inject({ url: '/api/auth/get-session', headers: asMember(cookie) });
    expect(before.json<{ user: { emailVerified: boolean } }>().user.emailVerified).toBe(false);
    const url = new URL(link!);
    const verified = await app.inject({ url: url.pathname + url.search });
    expect([200, 302]).toContain(verified.statusCode);
    const after = await app.inject({ url: '/api/auth/get-session', headers: asMember(cookie) });
    expect(after.json<{ user: { emailVerified: boolean } }>().user.emailVerified).toBe(true);
  });

  it('resets a forgotten password through the emailed link, ending old sessions', async () => {
    const { email, password, cookie } = await signUp(app, 'Rhea Set');
    const asked = await app.inject({
      method: 'POST',
      url: '/api/auth/request-password-reset',
      headers: json,
      payload: { email, redirectTo: '/app/reset-password' },
    });
    expect(asked.statusCode).toBe(200);
    const mail = await smtp.waitFor(email, (m) => /reset/i.test(m.subject ?? ''));
    const link = new URL(firstLink(mail.text)!);
    const followed = await app.inject({ url: link.pathname + link.search });
    expect(followed.statusCode).toBe(302);
    const token = new URL(String(followed.headers.location), origin).searchParams.get('token');
    expect(token).toBeTruthy();
    const reset = await app.inject({
      method: 'POST',
      url: '/api/auth/reset-password',
      headers: json,
      payload: { token, newPassword: 'a brand new password' },
    });
    expect(reset.statusCode).toBe(200);
    expect((await signIn(email, password)).statusCode).toBe(401);
    expect((await signIn(email, 'a brand new password')).statusCode).toBe(200);
    const old = await app.inject({ url: '/api/auth/get-session', headers: asMember(cookie) });
    expect(old.body === 'null' || old.json() === null).toBe(true);
  });

  it('changing the password ends the other sessions but keeps this one', async () => {
    const { email, password, cookie: first } = await signUp(app, 'Chan Gepass');
    const second = cookieFrom(await signIn(email, password));
    const changed = await app.inject({
      method: 'POST',
      url: '/api/auth/change-password',
      headers: asMember(second),
      payload: { currentPassword: password, newPassword: 'another long password', revokeOtherSessions: false },
    });
    expect(changed.statusCode).toBe(200);
    const current = cookieFrom(changed) || second;
    const firstSession = await app.inject({ url: '/api/auth/get-session', headers: asMember(first) });
    expect(firstSession.body === 'null' || firstSession.json() === null).toBe(true);
    const kept = await app.inject({ url: '/api/auth/get-session', headers: asMember(current) });
    expect(kept.json<{ user: { email: string } }>().user.email).toBe(email);
  });

  it('answers "no such account" and "wrong password" identically', async () => {
    const { email } = await signUp(app, 'Enum Eration');
    const wrong = await signIn(email, 'not the password at all');
    const missing = await signIn('nobody-here@example.com', 'not the password at all');
    expect(wrong.statusCode).toBe(401);
    expect(missing.statusCode).toBe(401);
    expect(wrong.json<{ error: unknown }>().error).toEqual(missing.json<{ error: unknown }>().error);
  });

  it('limits failed sign-ins per account with 429 and Retry-After, even with the right password', async () => {
    const { email, password } = await signUp(app, 'Brute Force');
    // Three different addresses: the limit follows the account, not the address.
    for (let i = 0; i < 3; i++) expect((await signIn(email, `wrong password ${i}`)).statusCode).toBe(401);
    const limited = await signIn(email, password);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json<{ error: { code: string } }>().error.code).toBe('rate_limited');
  });

  it('sets the session cookie HttpOnly and SameSite=Lax', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      headers: json,
      payload: { name: 'Cookie Jar', email: 'cookie@example.com', password: 'a long enough password' },
    });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/kneadwork\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('refuses a cookie-authenticated write from another origin (CSRF)', async () => {
    const { cookie } = await signUp(app, 'Cross Site');
    const forged = await app.inject({
      method: 'PUT',
      url: '/api/me/profile',
      headers: { 'content-type': 'application/json', cookie, origin: 'https://evil.example' },
      payload: { displayName: 'Hacked' },
    });
    expect(forged.statusCode).toBe(403);
    const noOrigin = await app.inject({
      method: 'PUT',
      url: '/api/me/profile',
      headers: { 'content-type': 'application/json', cookie },
      payload: { displayName: 'Hacked' },
    });
    expect(noOrigin.statusCode).toBe(403);
    const profile = await app.inject({ url: '/api/me/profile', headers: asMember(cookie) });
    expect(profile.json<{ displayName: string }>().displayName).toBe('Cross Site');
  });

  it('rejects a short password and a bad email with a clear 400', async () => {
    const short = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      headers: json,
      payload: { name: 'Short', email: 'short@example.com', password: 'short' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json<{ error: { message: string } }>().error.message).toMatch(/password/i);
  });
});

describe('sign-in limit per IP address', () => {
  let app: TestApp;
  beforeAll(async () => (app = await createTestApp('pglite', { env: { AUTH_MAX_FAILED_SIGNINS: '4' } })));
  afterAll(() => app.cleanup());

  it('blocks an address that fails across many accounts', async () => {
    for (let i = 0; i < 4; i++) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in/email',
        headers: json,
        payload: { email: `guess${i}@example.com`, password: 'whatever password' },
      });
      expect(response.statusCode).toBe(401);
    }
    const blocked = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: json,
      payload: { email: 'another@example.com', password: 'whatever password' },
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
  });
});

describe('mail without SMTP', () => {
  let app: TestApp;
  beforeAll(async () => (app = await createTestApp('pglite')));
  afterAll(() => app.cleanup());

  it('keeps the message in the dev outbox, shown only to this machine', async () => {
    await signUp(app, 'Out Box', 'outbox@example.com');
    const page = await app.inject({ url: '/dev/outbox', remoteAddress: '127.0.0.1' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('outbox@example.com');
    expect(page.body).toMatch(/href="http:\/\/localhost:3000\/api\/auth\/verify-email\?token=/);
    const remote = await app.inject({ url: '/dev/outbox', remoteAddress: '203.0.113.9' });
    expect(remote.statusCode).toBe(404);
  });
});

describeEachDatabase('new accounts per address', (kind) => {
  let app: TestApp;
  beforeAll(async () => (app = await createTestApp(kind, { env: { AUTH_SIGNUPS_PER_WINDOW: '2' } })));
  afterAll(() => app.cleanup());

  it('refuses the sign-up past AUTH_SIGNUPS_PER_WINDOW from one address with 429 and Retry-After', async () => {
    const signUpFrom = (remoteAddress: string, n: number) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/sign-up/email',
        remoteAddress,
        headers: json,
        payload: {
          name: `Member ${n}`,
          email: `member${n}.${remoteAddress}@example.com`,
          password: 'a long enough password',
        },
      });
    expect((await signUpFrom('192.0.2.10', 1)).statusCode).toBe(200);
    expect((await signUpFrom('192.0.2.10', 2)).statusCode).toBe(200);
    const refused = await signUpFrom('192.0.2.10', 3);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    expect((await signUpFrom('192.0.2.11', 4)).statusCode).toBe(200);
  });
});
