import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ProfileUpdate } from '../../../contracts/profile.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { asMember } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';

const fullProfile: ProfileUpdate & { displayName: string } = {
  displayName: 'Grace Okafor',
  profession: 'massage-therapist',
  credentials: ['RMT', 'CLT'],
  licenseNumber: 'MT-SECRET-4471',
  licenseRegion: 'ON',
  school: 'Sutherland-Chan School & Teaching Clinic',
  graduationYear: 2012,
  associations: ['rmtao', 'cmta'],
  specialties: ['lymphedema', 'oncology', 'post-surgical'],
  modalities: ['lymphatic-drainage', 'myofascial-release'],
  firstYearInPractice: 2012,
  treatmentGoals: 'Reduce swelling after surgery.\n\nRestore range of motion so clients can return to work.',
  howMyWorkHelps: 'Your post-operative patients arrive at physio with less oedema and more tolerance for loading.',
  history: 'Twelve years in oncology rehabilitation, the last five running my own clinic.',
  hobbies: 'Rowing on Lake Ontario and baking sourdough.',
  practiceName: 'Harbourfront Lymphatic Clinic',
  street: '200 Queens Quay W, Suite 4',
  city: 'Toronto',
  region: 'ON',
  postalCode: 'M5V 2T6',
  country: 'CA',
  phone: '+1 416-555-0199',
  publicEmail: 'grace@harbourfront.example',
  website: 'https://harbourfront.example/',
  practiceSettings: ['clinic', 'hospital'],
  acceptingReferrals: true,
  openToTrades: true,
  languages: ['English', 'Yoruba'],
  visibility: 'public',
};

type JsonLd = { '@context': string; '@graph': Record<string, unknown>[] };

function jsonLdOf(page: string): JsonLd {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page);
  expect(match).not.toBeNull();
  return JSON.parse(match![1]!) as JsonLd;
}

const meta = (page: string, property: string) =>
  new RegExp(`<meta (?:property|name)="${property.replace(/[:+]/g, '\\$&')}" content="([^"]*)"`).exec(page)?.[1];

describeEachDatabase('public pages', (kind) => {
  let app: TestApp;
  let grace: Listed;
  let members: Listed;
  let hidden: Listed;
  let tricky: Listed;

  beforeAll(async () => {
    app = await createTestApp(kind);
    grace = await listMember(app, fullProfile);
    const photo = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#7a5' } })
      .png()
      .toBuffer();
    const boundary = '----public-pages-test';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="me.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      photo,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const upload = await app.inject({
      method: 'POST',
      url: '/api/me/profile/photo',
      headers: { ...asMember(grace.cookie), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
    expect(upload.statusCode, upload.body).toBe(200);
    members = await listMember(app, {
      displayName: 'Mina Members',
      postalCode: 'M4W 1A1',
      country: 'CA',
      visibility: 'members',
    });
    hidden = await listMember(app, {
      displayName: 'Hugo Hidden',
      postalCode: 'M4W 1A1',
      country: 'CA',
      visibility: 'hidden',
    });
    tricky = await listMember(app, {
      displayName: '<script>alert(1)</script>',
      practiceName: 'Tom "Quotes" & Sons',
      postalCode: '10001',
      country: 'US',
      treatmentGoals: '</script><img src=x onerror=alert(2)>',
    });
  });
  afterAll(() => app.cleanup());

  it('renders a complete, script-free profile page with landmarks, headings and contact details', async () => {
    const response = await app.inject({ url: `/p/${grace.slug}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
    const page = response.body;
    expect(Buffer.byteLength(page)).toBeLessThanOrEqual(60 * 1024);
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<html lang="en">');
    for (const landmark of ['<header', '<main', '<footer']) expect(page).toContain(landmark);
    expect(page).toMatch(/<h1>Grace Okafor<span class="muted">, RMT, CLT<\/span><\/h1>/);
    for (const heading of [
      'Specialties',
      'Modalities',
      'Treatment goals',
      'How my work helps your patients',
      'Background',
      'Outside the treatment room',
      'Practice and contact',
    ]) {
      expect(page).toContain(`<h2>${heading}</h2>`);
    }
    for (const label of [
      'Lymphedema',
      'Oncology',
      'Manual lymphatic drainage',
      'Myofascial release',
      'Accepting referrals',
      'Rowing on Lake Ontario',
    ])
      expect(page).toContain(label);
    expect(page).toContain('<p>Reduce swelling after surgery.</p>');
    expect(page).toContain('200 Queens Quay W, Suite 4');
    expect(page).toContain('href="tel:+14165550199"');
    expect(page).toContain('href="mailto:grace@harbourfront.example"');
    expect(page).toMatch(/<img src="\/media\/[0-9a-f]{32}\.png" alt="Photo of Grace Okafor"/);
    expect(page).not.toContain('MT-SECRET-4471'); // the licence number is not for browsing
    expect(page).not.toMatch(/<script(?![^>]*application\/ld\+json)/); // no executable script at all
    expect(page).not.toMatch(/<script[^>]*\ssrc=/);
  });

  it('describes the profile in JSON-LD, Open Graph, canonical and description meta', async () => {
    const page = (await app.inject({ url: `/p/${grace.slug}` })).body;
    const ld = jsonLdOf(page);
    expect(ld['@context']).toBe('https://schema.org');
    const person = ld['@graph'].find((node) => node['@type'] === 'Person')!;
    const business = ld['@graph'].find((node) => node['@type'] === 'MedicalBusiness')!;
    expect(person).toMatchObject({
      name: 'Grace Okafor',
      jobTitle: 'Massage therapist',
      url: `${origin}/p/${grace.slug}`,
    });
    expect(business).toMatchObject({
      name: 'Harbourfront Lymphatic Clinic',
      telephone: '+1 416-555-0199',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '200 Queens Quay W, Suite 4',
        addressLocality: 'Toronto',
        addressRegion: 'ON',
        postalCode: 'M5V 2T6',
        addressCountry: 'CA',
      },
      geo: {
        '@type': 'GeoCoordinates',
        latitude: expect.closeTo(43.65, 1) as number,
        longitude: expect.closeTo(-79.37, 1) as number,
      },
    });
    expect(meta(page, 'og:title')).toBe('Grace Okafor — Massage therapist');
    expect(meta(page, 'og:type')).toBe('profile');
    expect(meta(page, 'og:url')).toBe(`${origin}/p/${grace.slug}`);
    expect(meta(page, 'og:image')).toMatch(new RegExp(`^${origin}/media/[0-9a-f]{32}\\.png$`));
    expect(meta(page, 'description')).toMatch(
      /^Grace Okafor, massage therapist in Toronto, ON, focusing on lymphedema/,
    );
    expect(meta(page, 'description')!.length).toBeLessThanOrEqual(160);
    expect(page).toContain(`<link rel="canonical" href="${origin}/p/${grace.slug}">`);
    expect(page).not.toContain('name="robots"');
  });

  it('escapes what members write, in the page and inside the JSON-LD', async () => {
    const page = (await app.inject({ url: `/p/${tricky.slug}` })).body;
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('Tom &quot;Quotes&quot; &amp; Sons');
    expect(page.match(/<\/script>/g)).toHaveLength(1); // only the JSON-LD block's own end tag
    const person = jsonLdOf(page)['@graph'].find((node) => node['@type'] === 'Person')!;
    expect(person.name).toBe('<script>alert(1)</script>');
  });

  it('shows members-only profiles to signed-in members only, and hidden ones only to their owner as a preview', async () => {
    const anonymous = await app.inject({ url: `/p/${members.slug}` });
    expect(anonymous.statusCode).toBe(404);
    expect(anonymous.headers['content-type']).toMatch(/^text\/html/);
    expect(anonymous.body).toContain('<h1>Profile not found</h1>');
    expect(anonymous.body).not.toContain('Mina Members');
    const signedIn = await app.inject({ url: `/p/${members.slug}`, headers: { cookie: grace.cookie } });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.body).toContain('<meta name="robots" content="noindex">');
    expect(signedIn.headers['cache-control']).toBe('private, no-store');

    expect((await app.inject({ url: `/p/${hidden.slug}` })).statusCode).toBe(404);
    expect((await app.inject({ url: `/p/${hidden.slug}`, headers: { cookie: grace.cookie } })).statusCode).toBe(404);
    const preview = await app.inject({ url: `/p/${hidden.slug}`, headers: { cookie: hidden.cookie } });
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('only you can see this page');
    expect((await app.inject({ url: '/p/no-such-person' })).statusCode).toBe(404);
  });

  it('renders the directory as a GET form with labelled fields and linked results', async () => {
    const response = await app.inject({ url: '/directory?near=M5V+2T6&radius=10&unit=km&q=&profession=&specialty=' });
    expect(response.statusCode).toBe(200);
    const page = response.body;
    expect(page).toMatch(/<form [^>]*method="get" action="\/directory"/);
    for (const field of [
      'q',
      'profession',
      'specialty',
      'modality',
      'acceptingReferrals',
      'near',
      'radius',
      'unit',
      'sort',
    ]) {
      expect(page).toContain(`<label for="f-${field}">`);
      expect(page).toMatch(new RegExp(`id="f-${field}" name="${field}"|name="${field}"[^>]*id="f-${field}"`));
    }
    expect(page).toContain('value="M5V 2T6"');
    expect(page).toMatch(/1 professional found near [^<]*Toronto, ON M5V/);
    expect(page).toContain('<option value="km" selected>kilometres</option>');
    expect(page).toContain(`<a href="/p/${grace.slug}">Grace Okafor</a>`);
    expect(page).toMatch(/0 km away/);
    expect(page).not.toContain('Mina Members'); // members-only, and we are anonymous
    expect(page).not.toMatch(/<script/);
    const member = await app.inject({
      url: '/directory?near=M5V+2T6&radius=10&unit=km',
      headers: { cookie: grace.cookie },
    });
    expect(member.body).toContain('Mina Members');
    expect(member.body).toMatch(/Mina Members[\s\S]*?\d+(\.\d)? km away/);
  });

  it('filters and pages the directory with links that keep the search', async () => {
    const page = (await app.inject({ url: '/directory?pageSize=1&sort=relevance' })).body;
    expect(page).toMatch(/2 professionals found/);
    expect(page).toContain('href="/directory?pageSize=1&amp;sort=relevance&amp;page=2"');
    const second = (await app.inject({ url: '/directory?pageSize=1&sort=relevance&page=2' })).body;
    expect(second).toContain('rel="prev"');
    const filtered = (await app.inject({ url: '/directory?specialty=lymphedema&acceptingReferrals=true' })).body;
    expect(filtered).toMatch(/1 professional found/);
    expect(filtered).toContain('<option value="lymphedema" selected>');
    expect(filtered).toContain('name="acceptingReferrals" value="true" checked');
  });

  it('explains bad input inline with a 400 page, not a JSON error', async () => {
    const unknown = await app.inject({ url: '/directory?near=00000' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.headers['content-type']).toMatch(/^text\/html/);
    expect(unknown.body).toContain('role="alert"');
    expect(unknown.body).toMatch(/Near postal code<\/a>: unknown postal code &quot;00000&quot;/);
    expect(unknown.body).toMatch(/id="f-near" name="near" value="00000"[^>]*aria-invalid="true"/);
    const bad = await app.inject({ url: '/directory?radius=-5&near=10001' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/Within \(distance\)<\/a>: must be positive/);
    const notANumber = await app.inject({ url: '/directory?radius=abc&near=10001' });
    expect(notANumber.statusCode).toBe(400);
    expect(notANumber.body).toMatch(/Within \(distance\)<\/a>: must be a number/);
    const injected = await app.inject({
      url: `/directory?q=${encodeURIComponent('"><script>alert(3)</script>')}&near=${encodeURIComponent('<b>')}`,
    });
    expect(injected.statusCode).toBe(400);
    expect(injected.body).not.toContain('<script>alert(3)');
    expect(injected.body).toContain('value="&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;"');
  });
});
