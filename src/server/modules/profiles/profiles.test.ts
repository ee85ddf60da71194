// A member's own profile: partial updates, every field's limits, postal codes resolved to a place
// (an unknown one writes nothing), uploads checked by their bytes and re-encoded without metadata.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { asMember, json, signUp } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';

type ErrorBody = {
  error: { code: string; message: string; details?: { field: string; message: string }[] };
  requestId: string;
};
type ProfileBody = Record<string, unknown> & {
  slug: string;
  logoUrl: string | null;
  location: { lat: number; lng: number } | null;
};

const fullProfile = {
  displayName: 'Maria Alvarez',
  profession: 'massage-therapist',
  credentials: ['LMT', 'BCTMB'],
  licenseNumber: 'MA-12345',
  licenseRegion: 'MA',
  school: 'Muscular Therapy Institute',
  graduationYear: 2012,
  associations: ['amta', 'ncbtmb'],
  associationsOther: '',
  specialties: ['prenatal', 'sports'],
  specialtiesOther: ['Runners'],
  modalities: ['deep-tissue', 'myofascial-release'],
  modalitiesOther: [],
  firstYearInPractice: 2013,
  treatmentGoals: 'Restore pain-free movement and reduce tension.',
  howMyWorkHelps: 'Your patients arrive at their adjustments with softer tissue.',
  history: 'Twelve years in clinic and sports settings.',
  hobbies: 'Trail running',
  practiceName: 'Back Bay Bodywork',
  street: '1 Beacon St',
  city: '',
  region: '',
  postalCode: '02108',
  country: 'US',
  phone: '+1 617 555 0100',
  publicEmail: 'maria@backbay.example',
  website: 'https://backbay.example',
  practiceSettings: ['clinic', 'sports-team'],
  workArrangement: 'owner',
  acceptingReferrals: true,
  openToTrades: true,
  offeringMentorship: false,
  seekingMentor: false,
  languages: ['English', 'Spanish'],
  visibility: 'public',
};

function multipart(filename: string, contentType: string, bytes: Buffer) {
  const boundary = '----kneadwork-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, bytes, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}

describeEachDatabase('profiles', (kind) => {
  let app: TestApp;
  let cookie: string;
  beforeAll(async () => {
    app = await createTestApp(kind);
    cookie = (await signUp(app, 'Maria Alvarez')).cookie;
  });
  afterAll(() => app.cleanup());

  const put = (payload: unknown, who = cookie) =>
    app.inject({
      method: 'PUT',
      url: '/api/me/profile',
      headers: asMember(who),
      payload: payload as Record<string, unknown>,
    });
  const me = async (who = cookie) =>
    (await app.inject({ url: '/api/me/profile', headers: asMember(who) })).json<ProfileBody>();
  const upload = (kindOf: 'logo' | 'photo', filename: string, type: string, bytes: Buffer) => {
    const body = multipart(filename, type, bytes);
    return app.inject({
      method: 'POST',
      url: `/api/me/profile/${kindOf}`,
      headers: { cookie, origin, 'content-type': body.contentType },
      payload: body.payload,
    });
  };

  it('needs a signed-in member', async () => {
    const response = await app.inject({ url: '/api/me/profile' });
    expect(response.statusCode).toBe(401);
    expect(response.json<ErrorBody>().error.code).toBe('unauthenticated');
  });

  it('creates the profile on first use with a slug from the name', async () => {
    const profile = await me();
    expect(profile.slug).toBe('maria-alvarez');
    expect(profile.displayName).toBe('Maria Alvarez');
    expect(profile.onboarded).toBe(false);
  });

  it('saves every field, derives years in practice and the location from the postal code', async () => {
    const response = await put(fullProfile);
    expect(response.statusCode).toBe(200);
    const saved = response.json<ProfileBody>();
    expect(saved).toMatchObject({
      ...fullProfile,
      city: 'Boston',
      region: 'MA',
      yearsInPractice: new Date().getUTCFullYear() - 2013,
    });
    expect(saved.location!.lat).toBeCloseTo(42.36, 1);
    expect(await me()).toMatchObject({ practiceName: 'Back Bay Bodywork', languages: ['English', 'Spanish'] });
  });

  it('accepts partial updates and leaves other fields alone', async () => {
    const response = await put({ hobbies: 'Gardening' });
    expect(response.statusCode).toBe(200);
    expect(response.json<ProfileBody>()).toMatchObject({ hobbies: 'Gardening', practiceName: 'Back Bay Bodywork' });
  });

  it('resolves a Canadian postal code', async () => {
    const response = await put({ postalCode: 'M5V 3L9', country: 'CA', city: '', region: '' });
    expect(response.statusCode).toBe(200);
    expect(response.json<ProfileBody>()).toMatchObject({ city: 'Downtown Toronto', region: 'ON', country: 'CA' });
    await put({ postalCode: '02108', country: 'US', city: 'Boston', region: 'MA' });
  });

  it.each([
    ['displayName', 'x', /at least 2/],
    ['displayName', 'x'.repeat(121), /at most 120/],
    ['profession', 'astronaut', /./],
    ['credentials', Array.from({ length: 11 }, () => 'LMT'), /at most 10/],
    ['graduationYear', 1800, /1950/],
    ['graduationYear', new Date().getUTCFullYear() + 5, /future/],
    ['firstYearInPractice', 2999, /future/],
    ['specialties', ['prenatal', 'time-travel'], /./],
    ['modalities', ['levitation'], /./],
    ['treatmentGoals', 'x'.repeat(1501), /at most 1500/],
    ['history', 'x'.repeat(2001), /at most 2000/],
    ['postalCode', 'ABCDE', /ZIP/],
    ['country', 'FR', /./],
    ['phone', 'call me maybe', /phone/],
    ['publicEmail', 'not-an-email', /email/],
    ['website', 'javascript:alert(1)', /http/],
    ['workArrangement', 'freelancer', /./],
    ['visibility', 'everyone', /./],
    ['acceptingReferrals', 'yes', /./],
    ['practiceName', 'line one\nline two', /single line/],
  ])('refuses %s = %j with a 400 naming the field, writing nothing', async (field, value, message) => {
    const before = await me();
    const response = await put({ [field]: value, hobbies: 'should not be written' });
    expect(response.statusCode).toBe(400);
    const body = response.json<ErrorBody>();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details!.some((d) => d.field.startsWith(field) && message.test(d.message))).toBe(true);
    expect(await me()).toEqual(before);
  });

  it('refuses unknown fields', async () => {
    const response = await put({ favouriteColour: 'blue' });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorBody>().error.details).toEqual([
      { field: 'favouriteColour', message: expect.stringMatching(/^Favourite colour is not/) as string },
    ]);
  });

  it('refuses an unknown postal code and a postal code from the wrong country, writing nothing', async () => {
    const before = await me();
    const unknown = await put({ postalCode: '00000', practiceName: 'Should Not Stick' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<ErrorBody>().error.details![0]!.field).toBe('postalCode');
    const mismatch = await put({ postalCode: 'M5V 3L9', country: 'US' });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json<ErrorBody>().error.message).toMatch(/Canadian/);
    expect(await me()).toEqual(before);
  });

  it('refuses a graduation after the first year in practice by more than a year', async () => {
    const response = await put({ graduationYear: 2020, firstYearInPractice: 2010 });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorBody>().error.details![0]!.field).toBe('firstYearInPractice');
  });

  it('completes onboarding once a postal code is set', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/me/onboarding/complete',
      headers: { cookie, origin },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<ProfileBody>().onboarded).toBe(true);
  });

  it('stores an uploaded logo re-encoded, without its metadata, under a generated name', async () => {
    const original = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } })
      .jpeg()
      .withExif({ IFD0: { Artist: 'Secret Artist', Copyright: 'GPS 42.36 -71.06' } })
      .toBuffer();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const response = await upload('logo', 'my logo.jpg', 'image/jpeg', original);
    expect(response.statusCode).toBe(200);
    const { logoUrl } = response.json<ProfileBody>();
    expect(logoUrl).toMatch(/^\/media\/[0-9a-f]{32}\.jpg$/);
    const served = await app.inject({ url: logoUrl! });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    const stored = await readFile(path.join(app.config.uploadDir, path.basename(logoUrl!)));
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
    expect(stored.includes(Buffer.from('Secret Artist'))).toBe(false);
    // The upload directory is outside anything served statically except through /media.
    expect(app.config.uploadDir.startsWith(app.config.dataDir)).toBe(true);
  });

  it('accepts PNG and WebP photos', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 4, background: '#fff0' } })
      .png()
      .toBuffer();
    expect((await upload('photo', 'p.png', 'image/png', png)).statusCode).toBe(200);
    const webp = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#123' } })
      .webp()
      .toBuffer();
    const response = await upload('photo', 'p.webp', 'image/webp', webp);
    expect(response.statusCode).toBe(200);
    expect(response.json<ProfileBody>().photoUrl).toMatch(/\.webp$/);
  });

  it('refuses a ".png" that is really HTML, a GIF, a damaged image and a file over 2 MB', async () => {
    const before = await me();
    const html = await upload('logo', 'logo.png', 'image/png', Buffer.from('<html><script>alert(1)</script></html>'));
    expect(html.statusCode).toBe(400);
    expect(html.json<ErrorBody>().error.message).toMatch(/PNG, JPEG or WebP/);
    const gif = await upload('logo', 'logo.gif', 'image/gif', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;'));
    expect(gif.statusCode).toBe(400);
    const damaged = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(200, 7),
    ]);
    expect((await upload('logo', 'broken.png', 'image/png', damaged)).statusCode).toBe(400);
    const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(2 * 1024 * 1024 + 10)]);
    const tooBig = await upload('logo', 'big.jpg', 'image/jpeg', big);
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json<ErrorBody>().error.message).toMatch(/2 MB/);
    expect((await me()).logoUrl).toBe(before.logoUrl);
  });

  it('removes a logo', async () => {
    const response = await app.inject({ method: 'DELETE', url: '/api/me/profile/logo', headers: { cookie, origin } });
    expect(response.statusCode).toBe(200);
    expect(response.json<ProfileBody>().logoUrl).toBeNull();
  });

  it('shows a profile to others according to its visibility (404 when they may not see it)', async () => {
    const other = (await signUp(app, 'Olive Other')).cookie;
    const { slug } = await me();
    expect((await app.inject({ url: `/api/profiles/${slug}` })).statusCode).toBe(200);
    await put({ visibility: 'members' });
    expect((await app.inject({ url: `/api/profiles/${slug}` })).statusCode).toBe(404);
    expect((await app.inject({ url: `/api/profiles/${slug}`, headers: asMember(other) })).statusCode).toBe(200);
    await put({ visibility: 'hidden' });
    expect((await app.inject({ url: `/api/profiles/${slug}`, headers: asMember(other) })).statusCode).toBe(404);
    expect((await app.inject({ url: `/api/profiles/${slug}`, headers: asMember(cookie) })).statusCode).toBe(200);
    const shown = await app.inject({ url: `/api/profiles/${slug}`, headers: asMember(cookie) });
    expect(shown.json<Record<string, unknown>>().licenseNumber).toBeUndefined();
    await put({ visibility: 'public' });
  });

  it('lists the taxonomy with the documented keys', async () => {
    const response = await app.inject({ url: '/api/taxonomy', headers: json });
    const taxonomy = response.json<Record<string, Record<string, string>>>();
    expect(Object.keys(taxonomy.professions!)).toEqual(
      expect.arrayContaining(['massage-therapist', 'chiropractor', 'physiotherapist']),
    );
    expect(Object.keys(taxonomy.specialties!)).toEqual(
      expect.arrayContaining(['prenatal', 'sports', 'motor-vehicle-accident']),
    );
    expect(Object.keys(taxonomy.modalities!)).toEqual(
      expect.arrayContaining([
        'deep-tissue',
        'hot-stone',
        'cupping',
        'myofascial-release',
        'craniosacral',
        'assisted-stretch',
      ]),
    );
  });
});
