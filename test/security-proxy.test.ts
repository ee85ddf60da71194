// TRUST_PROXY names the proxies whose X-Forwarded-For is believed (issue 8, item 28): a client that
// writes its own entries into the header neither reaches the dev outbox nor escapes the per-address
// limits, and the dev outbox is never shown in production or behind a proxy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/server/config.ts';
import { createTestApp, origin, type TestApp } from './support/test-app.ts';

const base = {
  NODE_ENV: 'test',
  DATA_DIR: '/nonexistent-kneadwork-config-test',
  DATABASE_URL: 'postgres://u@h/d',
  AUTH_SECRET: 'x'.repeat(32),
  ENCRYPTION_KEY: '0'.repeat(64),
};
const trustOf = (value: string) => loadConfig({ ...base, TRUST_PROXY: value }).trustProxy;

describe('TRUST_PROXY', () => {
  it('takes a hop count or a list of addresses and CIDR ranges, and refuses "true" with a message naming the setting', () => {
    expect(trustOf('false')).toBe(false);
    expect(trustOf('1')).toBe(1);
    expect(trustOf('10.0.0.0/8, 127.0.0.1,::1')).toEqual(['10.0.0.0/8', '127.0.0.1', '::1']);
    expect(() => trustOf('true')).toThrow(ConfigError);
    expect(() => trustOf('true')).toThrow(/TRUST_PROXY: .*number of proxies/);
    expect(() => trustOf('10.0.0.0/40,proxy.example')).toThrow(/TRUST_PROXY: .*"10\.0\.0\.0\/40", "proxy\.example"/);
  });
});

describe('behind a proxy named by address', () => {
  let app: TestApp;
  // The proxy is this machine (inject's default remote address); clients are elsewhere.
  beforeAll(
    async () =>
      (app = await createTestApp('pglite', { env: { TRUST_PROXY: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '5' } })),
  );
  afterAll(async () => app?.cleanup());

  it('keeps the dev outbox shut, whatever X-Forwarded-For says', async () => {
    for (const forwarded of ['127.0.0.1', '127.0.0.1, 203.0.113.9', '::1, 127.0.0.1']) {
      expect((await app.inject({ url: '/dev/outbox', headers: { 'x-forwarded-for': forwarded } })).statusCode).toBe(
        404,
      );
    }
    expect((await app.inject({ url: '/dev/outbox' })).statusCode).toBe(404);
  });

  it('counts the per-address limit against the address the proxy saw, however the client rotates the left of the header', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await app.inject({
        url: '/api/client-config',
        headers: { origin, 'x-forwarded-for': `198.51.100.${i}, 203.0.113.77` },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 5).every((status) => status === 200)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    // Another real client behind the same proxy has its own allowance.
    expect(
      (await app.inject({ url: '/api/client-config', headers: { origin, 'x-forwarded-for': '203.0.113.10' } }))
        .statusCode,
    ).toBe(200);
  });
});

describe('behind one proxy (a hop count)', () => {
  let app: TestApp;
  beforeAll(
    async () => (app = await createTestApp('pglite', { env: { TRUST_PROXY: '1', RATE_LIMIT_PER_MINUTE: '3' } })),
  );
  afterAll(async () => app?.cleanup());

  it('takes the entry the proxy added, not the ones the client wrote', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push(
        (
          await app.inject({
            url: '/api/client-config',
            remoteAddress: '10.0.0.2',
            headers: { origin, 'x-forwarded-for': `127.0.0.${i + 1}, 203.0.113.9` },
          })
        ).statusCode,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(
      (await app.inject({ url: '/dev/outbox', remoteAddress: '10.0.0.2', headers: { 'x-forwarded-for': '127.0.0.1' } }))
        .statusCode,
    ).toBe(404);
  });
});

describe('in production', () => {
  let app: TestApp;
  beforeAll(async () => (app = await createTestApp('pglite', { env: { NODE_ENV: 'production' } })));
  afterAll(async () => app?.cleanup());

  it('never shows the dev outbox, even to this machine with no SMTP server', async () => {
    expect(app.config.smtpUrl).toBeUndefined();
    expect((await app.inject({ url: '/dev/outbox', remoteAddress: '127.0.0.1' })).statusCode).toBe(404);
  });
});
