// Sign-in hardening: sign-up does not reveal existing accounts (and tells the owner), a known
// device gets past a lockout strangers caused, a reset request does not wait for the mail server,
// names follow the profile's rule everywhere, and bad input on the auth routes is a 400 — never
// a 500, never a parameter in the log.
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { openDatabase } from '../../db/client.ts';
import type { MailTransport, OutgoingMail } from '../../lib/mail-transport.ts';
import { asMember, cookieFrom, json, signUp } from '../../../../test/support/members.ts';
import {
  createTestApp,
  describeEachDatabase,
  freshDatabaseConfig,
  type TestApp,
} from '../../../../test/support/test-app.ts';

type Outbox = { to: string; subject: string; text: string };
const outbox = async (app: TestApp, to: string) =>
  (
    await app.database.db.execute<Outbox>(
      sql`select "to", subject, text from mail_outbox where "to" = ${to} order by created_at`,
    )
  ).rows;
const rowCount = async (app: TestApp, table: 'user' | 'account' | 'session') =>
  Number(
    (await app.database.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from "${table}"`))).rows[0]!.n,
  );

describeEachDatabase('sign-in hardening', (kind) => {
  let app: TestApp;
  let address = 1;
  beforeAll(async () => (app = await createTestApp(kind, { env: { AUTH_MAX_FAILED_SIGNINS: '3' } })));
  afterAll(async () => app?.cleanup());

  const signIn = (email: string, password: string, cookie?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { ...json, ...(cookie ? { cookie } : {}) },
      payload: { email, password },
      remoteAddress: `198.51.100.${address++}`,
    });
  const signUpRaw = (payload: Record<string, unknown>) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      headers: json,
      payload,
      remoteAddress: `192.0.2.${address++}`,
    });

  it('answers a sign-up with a registered address exactly like a new one, creates nothing, and emails the owner', async () => {
    const owner = await signUp(app, 'Ona Owner', 'ona.owner@example.com');
    const users = await rowCount(app, 'user');
    const again = await signUpRaw({
      name: 'Someone Else',
      email: 'Ona.Owner@example.com',
      password: 'another long password',
    });
    const fresh = await signUpRaw({
      name: 'Someone Else',
      email: 'brand.new.member@example.com',
      password: 'another long password',
    });
    expect(again.statusCode).toBe(200);
    expect(fresh.statusCode).toBe(200);
    const shape = (body: { token: unknown; user: Record<string, unknown> }) => ({
      token: body.token,
      keys: Object.keys(body.user),
      name: body.user.name,
      emailVerified: body.user.emailVerified,
    });
    expect(shape(again.json())).toEqual(shape(fresh.json()));
    expect(again.json<{ token: unknown }>().token).toBeNull();
    expect(again.headers['content-type']).toEqual(fresh.headers['content-type']);
    expect(again.json<{ user: { email: string } }>().user.email).toBe('ona.owner@example.com');
    // Nothing was made for the second try: only the fresh address added an account.
    expect(await rowCount(app, 'user')).toBe(users + 1);
    const mails = await outbox(app, owner.email);
    expect(mails.map((mail) => mail.subject)).toContain(
      'Someone tried to create a Kneadwork account with your address',
    );
    expect(mails.find((mail) => /tried to create/.test(mail.subject))!.text).toContain('/app/forgot-password');
    // The owner's account still signs in with the original password, not the stranger's.
    expect((await signIn(owner.email, owner.password)).statusCode).toBe(200);
    expect((await signIn(owner.email, 'another long password')).statusCode).toBe(401);
    // A brand-new account still starts signed in, as before.
    const session = await app.inject({ url: '/api/auth/get-session', headers: asMember(cookieFrom(fresh)) });
    expect(session.json<{ user: { email: string } }>().user.email).toBe('brand.new.member@example.com');
  });

  it('lets a device that signed in before past a lockout caused by strangers, and no one else', async () => {
    const { email, password } = await signUp(app, 'Lock Target');
    const usual = await signIn(email, password);
    expect(usual.statusCode).toBe(200);
    const device = cookieFrom(usual)
      .split('; ')
      .find((c) => c.startsWith('kneadwork.device='))!;
    expect(device).toBeTruthy();
    expect(String(usual.headers['set-cookie'])).toMatch(/kneadwork\.device=[^;]+;[^,]*HttpOnly/i);
    for (let i = 0; i < 3; i++) expect((await signIn(email, `a stranger's guess ${i}`)).statusCode).toBe(401);
    // A stranger (no device cookie) is locked out even with the right password...
    expect((await signIn(email, password)).statusCode).toBe(429);
    // ...the member's own browser is not,
    expect((await signIn(email, password, device)).statusCode).toBe(200);
    // and neither a forged cookie nor another account's device cookie opens the lock.
    const [payload] = device.slice('kneadwork.device='.length).split('.');
    expect((await signIn(email, password, `kneadwork.device=${payload}.forged`)).statusCode).toBe(429);
    const other = await signUp(app, 'Other Member');
    const otherDevice = cookieFrom(await signIn(other.email, other.password))
      .split('; ')
      .find((c) => c.startsWith('kneadwork.device='))!;
    expect((await signIn(email, password, otherDevice)).statusCode).toBe(429);
    // A known device still has a limit of its own.
    for (let i = 0; i < 3; i++) expect((await signIn(email, `my own typo ${i}`, device)).statusCode).toBe(401);
    expect((await signIn(email, password, device)).statusCode).toBe(429);
  });

  it('holds account names to the profile rule on sign-up and on update-user', async () => {
    const multiLine = await signUpRaw({
      name: 'Evil\nBcc: everyone@example.com',
      email: 'multi.line@example.com',
      password: 'a long enough password',
    });
    expect(multiLine.statusCode).toBe(400);
    expect(multiLine.json<{ error: { message: string } }>().error.message).toBe('Name must be a single line');
    const tooShort = await signUpRaw({ name: 'X', email: 'too.short@example.com', password: 'a long enough password' });
    expect(tooShort.statusCode).toBe(400);
    const { cookie } = await signUp(app, 'Rena Named');
    const update = (name: string) =>
      app.inject({ method: 'POST', url: '/api/auth/update-user', headers: asMember(cookie), payload: { name } });
    const refused = await update('Rena\r\nSubject: hi');
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { message: string } }>().error.message).toMatch(/^Name /);
    expect((await update('  Rena Renamed  ')).statusCode).toBe(200);
    const session = await app.inject({ url: '/api/auth/get-session', headers: asMember(cookie) });
    expect(session.json<{ user: { name: string } }>().user.name).toBe('Rena Renamed');
  });

  it('refuses NUL, control characters and deep nesting on every auth route with a 400 naming the field', async () => {
    const deep = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    for (const url of [
      '/api/auth/sign-in/email',
      '/api/auth/sign-up/email',
      '/api/auth/request-password-reset',
      '/api/auth/reset-password',
      '/api/auth/send-verification-email',
    ]) {
      const nul = await app.inject({
        method: 'POST',
        url,
        headers: json,
        payload: {
          name: 'Nul Byte',
          email: 'nul\u0000@example.com',
          password: 'a long enough password',
          redirectTo: '/app/reset-password',
        },
        remoteAddress: `203.0.113.${address++}`,
      });
      expect(nul.statusCode, `${url}: ${nul.body}`).toBe(400);
      expect(nul.json<{ error: { message: string } }>().error.message).toBe(
        'Email must not contain control characters',
      );
      const nested = await app.inject({
        method: 'POST',
        url,
        headers: json,
        payload: deep,
        remoteAddress: `203.0.113.${address++}`,
      });
      expect(nested.statusCode, `${url}: ${nested.body.slice(0, 200)}`).toBe(400);
    }
    const inQuery = await app.inject({ url: '/api/auth/verify-email?token=abc%00def' });
    expect(inQuery.statusCode).toBe(400);
    expect(inQuery.json<{ error: { message: string } }>().error.message).toMatch(/^Token /);
  });
});

describe('a reset request does not wait for the mail server', () => {
  let app: TestApp;
  const sent: OutgoingMail[] = [];
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  // A mail server that accepts nothing until the test lets it.
  const slowTransport: MailTransport = {
    send: async (mail) => {
      await held;
      sent.push(mail);
    },
    close: () => release(),
  };
  beforeAll(async () => (app = await createTestApp('pglite', { mailTransport: slowTransport })));
  afterAll(async () => app?.cleanup());

  it('answers a known address as an unknown one, with the mail queued in the outbox, not sent in the request', async () => {
    const known = 'known.address@example.com';
    await app.database.db.execute(
      sql`insert into "user" (id, name, email, email_verified, created_at, updated_at) values ('known-user-1', 'Known Address', ${known}, true, now(), now())`,
    );
    const ask = (email: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/request-password-reset',
        headers: json,
        payload: { email, redirectTo: '/app/reset-password' },
      });
    // Before the fix the known address waited for the mail server here, and this never answered.
    const forKnown = await ask(known);
    const forUnknown = await ask('nobody.at.all@example.com');
    expect(forKnown.statusCode).toBe(200);
    expect(forKnown.body).toBe(forUnknown.body);
    expect(sent).toHaveLength(0);
    const statuses = async () =>
      (
        await app.database.db.execute<{ status: string }>(sql`select status from mail_outbox where "to" = ${known}`)
      ).rows.map((row) => row.status);
    await expect.poll(statuses).toEqual(['queued']);
    release();
    await expect.poll(() => sent.length).toBe(1);
    expect(sent[0]!.subject).toMatch(/reset/i);
  });
});

describe('the error log', () => {
  it('never carries query parameters', async () => {
    let log = '';
    const { config, dataDir } = await freshDatabaseConfig('pglite');
    const database = await openDatabase(config.database);
    await database.migrate();
    const stream = new Writable({ write: (chunk: Buffer, _encoding, done) => ((log += chunk.toString()), done()) });
    const app = await buildApp(config, database, { logger: { level: 'info', stream }, mailTransport: null });
    // A route that fails inside a query with a parameter a person typed.
    app.get('/test/failing-query', async () => database.db.execute(sql`select ${'secret.search@example.com'}::int`));
    await app.ready();
    try {
      const response = await app.inject({ url: '/test/failing-query' });
      expect(response.statusCode).toBe(500);
      expect(log).toContain('request failed');
      expect(log).not.toContain('secret.search@example.com');
    } finally {
      await app.close();
      await database.close();
      const { rmSync } = await import('node:fs');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
