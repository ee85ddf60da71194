// "Every write a user got a success for is still there after a crash and restart": the embedded
// database in a real server process, killed with SIGKILL right after a 200, then restarted.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startServer, type ServerProcess } from './support/server-process.ts';

describe('durability of the embedded database', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kneadwork-crash-'));
  cpSync(inject('pgliteTemplateDir'), path.join(dataDir, 'pglite'), { recursive: true });
  const env = { DATA_DIR: dataDir, AUTH_SECRET: 'durability-secret-durability-secret-00' };
  let server: ServerProcess | undefined;
  afterAll(() => {
    server?.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  const call = (target: ServerProcess, pathname: string, init: RequestInit & { cookie?: string } = {}) =>
    fetch(`${target.url}${pathname}`, {
      ...init,
      headers: {
        'content-type': 'application/json',
        origin: target.url,
        ...(init.cookie ? { cookie: init.cookie } : {}),
      },
    });

  it('keeps a profile written just before SIGKILL, and after a graceful SIGTERM', async () => {
    server = await startServer(env);
    const signUp = await call(server, '/api/auth/sign-up/email', {
      method: 'POST',
      body: JSON.stringify({ name: 'Kim Crash', email: 'kim@example.com', password: 'a long enough password' }),
    });
    expect(signUp.status).toBe(200);
    const cookie = signUp.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const saved = await call(server, '/api/me/profile', {
      method: 'PUT',
      cookie,
      body: JSON.stringify({ practiceName: 'Written Before The Crash', postalCode: '10001' }),
    });
    expect(saved.status).toBe(200);
    server.child.kill('SIGKILL');
    await server.exited;

    server = await startServer(env);
    const after = await call(server, '/api/me/profile', { cookie });
    expect(after.status).toBe(200);
    expect(await after.json()).toMatchObject({
      practiceName: 'Written Before The Crash',
      postalCode: '10001',
      city: 'New York',
    });

    const second = await call(server, '/api/me/profile', {
      method: 'PUT',
      cookie,
      body: JSON.stringify({ practiceName: 'Written Before SIGTERM' }),
    });
    expect(second.status).toBe(200);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);

    server = await startServer(env);
    const again = await call(server, '/api/me/profile', { cookie });
    expect(await again.json()).toMatchObject({ practiceName: 'Written Before SIGTERM' });
    server.child.kill('SIGTERM');
    await server.exited;
  });

  it('keeps an import confirmed and a certificate redeemed just before SIGKILL', async () => {
    server = await startServer(env);
    const signUp = await call(server, '/api/auth/sign-up/email', {
      method: 'POST',
      body: JSON.stringify({ name: 'Lee Crash', email: 'lee@example.com', password: 'a long enough password' }),
    });
    const cookie = signUp.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const form = new FormData();
    form.append(
      'file',
      new Blob([
        'Name,Profession,Email\nAna Ruiz,chiropractor,ana@example.com\nBen Okafor,physiotherapist,ben@example.com\n',
      ]),
      'team.csv',
    );
    const preview = await fetch(`${server.url}/api/contacts/import`, {
      method: 'POST',
      body: form,
      headers: { cookie, origin: server.url },
    });
    expect(preview.status).toBe(200);
    const { token, rows } = (await preview.json()) as { token: string; rows: { index: number }[] };
    const confirmed = await call(server, `/api/contacts/import/${token}/confirm`, {
      method: 'POST',
      cookie,
      body: JSON.stringify({ rows: rows.map(({ index }) => ({ index, action: 'import' })) }),
    });
    expect(await confirmed.json()).toMatchObject({ imported: 2 });
    const today = new Date().toISOString().slice(0, 10);
    const offer = await call(server, '/api/offers', {
      method: 'POST',
      cookie,
      body: JSON.stringify({
        kind: 'free-gift',
        description: 'A jar of massage balm',
        title: 'A welcome gift',
        validFrom: today,
        validUntil: '2099-12-31',
        maxIssued: 3,
      }),
    });
    const { id: offerId } = (await offer.json()) as { id: string };
    const contacts = (await (await call(server, '/api/contacts', { cookie })).json()) as { items: { id: string }[] };
    const issued = await call(server, `/api/offers/${offerId}/certificates`, {
      method: 'POST',
      cookie,
      body: JSON.stringify({ contactId: contacts.items[0]!.id }),
    });
    const { code } = (await issued.json()) as { code: string };
    const redeemed = await call(server, `/api/certificates/${code}/redeem`, {
      method: 'POST',
      cookie,
      body: JSON.stringify({ identityConfirmed: true }),
    });
    expect(redeemed.status).toBe(200);
    server.child.kill('SIGKILL');
    await server.exited;

    server = await startServer(env);
    const after = (await (await call(server, '/api/contacts', { cookie })).json()) as { total: number };
    expect(after.total).toBe(2);
    expect(await (await call(server, `/api/certificates/verify/${code}`)).json()).toMatchObject({ status: 'redeemed' });
    const twice = await call(server, `/api/certificates/${code}/redeem`, {
      method: 'POST',
      cookie,
      body: JSON.stringify({ identityConfirmed: true }),
    });
    expect(twice.status).toBe(409);
    server.child.kill('SIGTERM');
    await server.exited;
  });
});

describe('configuration is checked at boot', () => {
  it('stops with a readable message naming the bad setting', async () => {
    await expect(startServer({ DATA_DIR: os.tmpdir(), PORT: 'not-a-port' }, 10_000)).rejects.toThrow(/PORT/);
    await expect(startServer({ DATABASE_URL: 'postgres://127.0.0.1/x' }, 10_000)).rejects.toThrow(
      /AUTH_SECRET: required when DATABASE_URL is set/,
    );
  });
});
