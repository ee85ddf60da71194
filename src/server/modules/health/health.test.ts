import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

describeEachDatabase('health and the common error body', (kind) => {
  let app: TestApp;
  beforeAll(async () => (app = await createTestApp(kind)));
  afterAll(() => app.cleanup());

  it('reports the database it runs on', async () => {
    const response = await app.inject({ url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: kind });
    expect(response.headers['x-request-id']).toBeTruthy();
  });

  it('answers unknown routes with the common 404 body and request id', async () => {
    const response = await app.inject({ url: '/api/nothing-here', headers: { 'x-request-id': 'trace-123' } });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: 'Not found' }, requestId: 'trace-123' });
  });

  it('sends security headers with a CSP that allows no inline script', async () => {
    const response = await app.inject({ url: '/api/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBeDefined();
  });

  it('documents the API in OpenAPI', async () => {
    const response = await app.inject({ url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json<{ paths: Record<string, unknown> }>().paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/health', '/api/me/profile', '/api/taxonomy']));
  });
});

describeEachDatabase('the general per-address rate limit', (kind) => {
  let app: TestApp;
  beforeAll(async () => (app = await createTestApp(kind, { env: { RATE_LIMIT_PER_MINUTE: '5' } })));
  afterAll(() => app.cleanup());

  it('limits API requests but not the cached static files a page load needs', async () => {
    const from = (url: string) => app.inject({ url, remoteAddress: '198.51.100.9' });
    for (let i = 0; i < 5; i++) expect((await from('/api/health')).statusCode).toBe(200);
    const limited = await from('/api/health');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    // Past the limit, an app asset or a stored image is still served (here: not found, not 429).
    expect((await from('/app/assets/index-missing.js')).statusCode).not.toBe(429);
    expect((await from('/media/0123456789abcdef0123456789abcdef.png')).statusCode).not.toBe(429);
  });
});
