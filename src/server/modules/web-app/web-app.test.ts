import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { loadConfig } from '../../config.ts';
import { registerErrorHandling } from '../../http/errors.ts';
import { webAppRoutes } from './web-app.routes.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'kneadwork-web-'));
const config = loadConfig({
  DATA_DIR: work,
  AUTH_SECRET: 'test-secret-test-secret-test-secret-0',
  LOG_LEVEL: 'silent',
});

async function appServing(distDir: string) {
  const app = Fastify({ logger: false });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  await webAppRoutes(distDir)(app, { config });
  await app.ready();
  return app;
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('serving a build of the web app', () => {
  const dist = path.join(work, 'dist');
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Kneadwork app</title>');
  writeFileSync(path.join(dist, 'assets', 'main-abc123.js'), 'console.log("app")');
  let app: Awaited<ReturnType<typeof appServing>>;
  beforeAll(async () => (app = await appServing(dist)));
  afterAll(() => app.close());

  it('answers the app’s own routes with index.html, revalidated on every visit', async () => {
    for (const url of ['/app/', '/app/directory?near=10001', '/app/members/some-one']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain('Kneadwork app');
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });

  it('caches hashed assets for a year and 404s missing ones as JSON, never as the page', async () => {
    const asset = await app.inject({ url: '/app/assets/main-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await app.inject({ url: '/app/assets/main-old999.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('does not answer other methods with the page', async () => {
    const response = await app.inject({ method: 'POST', url: '/app/sign-in' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('without a build', () => {
  it('says how to build the app instead of a blank page', async () => {
    const app = await appServing(path.join(work, 'nothing-here'));
    const response = await app.inject({ url: '/app/onboarding' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('npm run build:web');
    await app.close();
  });
});

describe('inside the whole app', () => {
  let app: TestApp;
  beforeAll(async () => (app = await createTestApp('pglite')));
  afterAll(() => app.cleanup());

  it('keeps JSON 404s for unknown API routes', async () => {
    const response = await app.inject({ url: '/api/app/nothing' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('gives the browser the map tile settings and the clinical idle limit, and nothing else', async () => {
    const response = await app.inject({ url: '/api/client-config' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ map: app.config.map, clinicalIdleMinutes: 30 });
  });

  it('shows visitors the landing page and sends members to the app', async () => {
    const visitor = await app.inject({ url: '/' });
    expect(visitor.statusCode).toBe(200);
    expect(visitor.body).toContain('href="/app/sign-up"');
    const member = await app.inject({ url: '/', headers: { cookie: 'kneadwork.session_token=abc.def' } });
    expect(member.headers.location).toBe('/app/');
    expect((await app.inject({ url: '/app' })).headers.location).toBe('/app/');
  });
});
