// A visitor's first requests: the landing page at `/`, the addresses people type (/sign-up,
// /login, …), the site icon, compression of the server-rendered pages and their link previews.
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

const hrefs = (page: string) =>
  [...page.matchAll(/<a [^>]*href="([^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));
const ogOf = (page: string, property: string) =>
  new RegExp(`<meta property="og:${property}" content="([^"]*)"`).exec(page)?.[1];

describeEachDatabase('first visit', (kind) => {
  let app: TestApp;
  let eve: Listed;

  beforeAll(async () => {
    app = await createTestApp(kind);
    eve = await listMember(app, {
      displayName: 'Eve Moreno',
      profession: 'chiropractor',
      city: 'Buhl',
      region: 'ID',
      postalCode: '83316',
      country: 'US',
      acceptingReferrals: true,
    });
  });
  afterAll(() => app.cleanup());

  it('answers / with a landing page that says what Kneadwork is and offers join, sign in and search', async () => {
    const response = await app.inject({ url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('professional alliance network for massage therapists');
    const links = hrefs(response.body);
    expect(links).toContain('/app/sign-up');
    expect(links).toContain('/app/sign-in');
    expect(response.body).toMatch(/<form[^>]*method="get" action="\/directory"/);
    expect(ogOf(response.body, 'title')).toBeTruthy();
  });

  it('sends a signed-in member from / to the app', async () => {
    const response = await app.inject({ url: '/', headers: { cookie: eve.cookie } });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/app/');
  });

  it('resolves every link on the landing page and the public pages’ header', async () => {
    const pages = ['/', '/directory', `/p/${eve.slug}`];
    const links = new Set<string>();
    for (const page of pages)
      for (const link of hrefs((await app.inject({ url: page })).body))
        if (link.startsWith('/') && !link.startsWith('//')) links.add(link.split('#')[0]!);
    expect(links.size).toBeGreaterThan(3);
    for (const link of links) {
      const response = await app.inject({ url: link });
      // The app's screens answer its index.html (503 "not built yet" where the suite has no build); never the JSON 404.
      if (link.startsWith('/app/')) expect([200, 503], link).toContain(response.statusCode);
      else expect(response.statusCode, link).toBe(200);
    }
  });

  it('redirects the addresses people type to the app’s screens, keeping the query', async () => {
    for (const [from, to] of [
      ['/sign-up', '/app/sign-up'],
      ['/signup', '/app/sign-up'],
      ['/join', '/app/sign-up'],
      ['/sign-in', '/app/sign-in'],
      ['/login', '/app/sign-in'],
      ['/forgot-password', '/app/forgot-password'],
      ['/reset-password?token=abc', '/app/reset-password?token=abc'],
      // The trusted network was called the circle: old links from emails and stored notifications still land.
      ['/app/circle', '/app/network'],
      ['/app/circle?tab=requests', '/app/network?tab=requests'],
    ]) {
      const response = await app.inject({ url: from });
      expect(response.statusCode, from).toBe(301);
      expect(response.headers.location, from).toBe(to);
    }
  });

  it('serves the site icon at /favicon.ico and /favicon.svg and links it from every page', async () => {
    const ico = await app.inject({ url: '/favicon.ico' });
    expect(ico.statusCode).toBe(200);
    expect(ico.headers['content-type']).toBe('image/x-icon');
    expect([...ico.rawPayload.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    expect(ico.rawPayload.subarray(22, 26).toString('latin1')).toBe('\x89PNG');
    const svg = await app.inject({ url: '/favicon.svg' });
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    for (const page of ['/', '/directory', `/p/${eve.slug}`, '/p/nobody-here']) {
      expect((await app.inject({ url: page })).body, page).toContain('<link rel="icon" href="/favicon.svg"');
    }
  });

  it('compresses server-rendered pages and JSON for clients that accept gzip', async () => {
    for (const url of ['/directory', '/', `/p/${eve.slug}`, '/api/openapi.json']) {
      const plain = await app.inject({ url });
      const gzipped = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
      expect(gzipped.headers['content-encoding'], url).toBe('gzip');
      expect(gzipped.rawPayload.length, url).toBeLessThan(plain.rawPayload.length);
      expect(gunzipSync(gzipped.rawPayload).toString('utf8'), url).toBe(plain.body);
      expect(plain.headers['content-encoding'], url).toBeUndefined();
    }
  });

  it('gives /directory and profile pages Open Graph tags for link previews', async () => {
    const directory = (await app.inject({ url: '/directory?profession=chiropractor' })).body;
    expect(ogOf(directory, 'title')).toContain('Directory');
    expect(ogOf(directory, 'description')).toBeTruthy();
    expect(ogOf(directory, 'type')).toBe('website');
    expect(ogOf(directory, 'url')).toBe(`${app.config.publicUrl}/directory?profession=chiropractor`);
    const profile = (await app.inject({ url: `/p/${eve.slug}` })).body;
    expect(ogOf(profile, 'title')).toContain('Eve Moreno');
    expect(ogOf(profile, 'url')).toBe(`${app.config.publicUrl}/p/${eve.slug}`);
    expect(ogOf(profile, 'type')).toBe('profile');
  });
});
