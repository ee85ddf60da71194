// Bad input is a 400 that names the field in words — never a 500, never a half-written record:
// NUL and control characters anywhere (path, query, body, the server-rendered pages), year 0000,
// deep nesting, truncated and oversized multipart bodies; and the messages a person reads say
// "Appointment time is required", not "appointmentAt: Required".
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listMember, type Listed } from './support/listed-members.ts';
import { asMember } from './support/members.ts';
import { addClient, call, move, refer, referralBody, referralScene } from './support/referrals.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from './support/test-app.ts';

type ErrorBody = { error: { code: string; message: string; details?: { field: string; message: string }[] } };
const messageOf = (response: { json: <T>() => T }) => response.json<ErrorBody>().error.message;
// An API name ("appointmentAt", "redirectToCover") in a message meant for people.
const camelCase = /\b[a-z]+[A-Z][A-Za-z]*\b/;

describeEachDatabase('input validation', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let chiro: Listed;
  let clientId: string;
  let consentId: string;
  const count = async (table: string) =>
    Number(
      (await app.database.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`))).rows[0]!.n,
    );

  beforeAll(async () => {
    app = await createTestApp(kind);
    ({ maria, chiro, clientId, consentId } = await referralScene(app));
  });
  afterAll(async () => app?.cleanup());

  it('refuses NUL in a path, a query and a body with a 400 naming the field, anonymous pages included', async () => {
    const profilePage = await app.inject({ url: '/p/%00' });
    expect([400, 404]).toContain(profilePage.statusCode);
    const directoryPage = await app.inject({ url: '/directory?q=%00' });
    expect(directoryPage.statusCode).toBe(400);
    const directoryApi = await app.inject({ url: '/api/directory?q=a%00b' });
    expect(directoryApi.statusCode).toBe(400);
    expect(messageOf(directoryApi)).toBe('Search must not contain control characters');
    const pathParam = await call(app, maria, 'GET', '/api/referrals/%00');
    expect(pathParam.statusCode).toBe(400);
    const before = await count('clients');
    const inBody = await call(app, maria, 'POST', '/api/clients', { name: 'Nul\u0000Byte' });
    expect(inBody.statusCode).toBe(400);
    expect(messageOf(inBody)).toBe('Name must not contain control characters');
    const bell = await call(app, maria, 'PUT', '/api/me/profile', { hobbies: 'rings a \u0007 bell' });
    expect(bell.statusCode).toBe(400);
    expect(messageOf(bell)).toBe('Hobbies must not contain control characters');
    expect(await count('clients')).toBe(before);
    // Tabs and line breaks stay allowed in multi-line text.
    const multiLine = await call(app, maria, 'PUT', '/api/me/profile', { hobbies: 'Sailing\n\tand hiking' });
    expect(multiLine.statusCode, multiLine.body).toBe(200);
  });

  it('refuses year 0000 in dates and date-times with a 400 naming the field', async () => {
    const contacts = await count('contacts');
    const date = await call(app, maria, 'POST', '/api/contacts', {
      name: 'Year Zero',
      profession: 'other',
      followUpOn: '0000-01-01',
    });
    expect(date.statusCode).toBe(400);
    expect(messageOf(date)).toBe('Follow-up date must be in the years 1900 to 2999');
    expect(await count('contacts')).toBe(contacts);
    const query = await call(app, maria, 'GET', '/api/contacts/follow-ups?today=0000-01-01');
    expect(query.statusCode).toBe(400);
    const referral = await refer(app, maria, referralBody(clientId, consentId, { toMemberSlug: chiro.slug }));
    expect((await move(app, chiro, referral.id, { to: 'accepted' })).statusCode).toBe(200);
    const dateTime = await move(app, chiro, referral.id, { to: 'scheduled', appointmentAt: '0000-01-01T10:00:00Z' });
    expect(dateTime.statusCode).toBe(400);
    expect(messageOf(dateTime)).toBe('Appointment time must be in the years 1900 to 2999');
  });

  it('refuses deeply nested JSON with a 400, on our routes as on the auth routes', async () => {
    const deep = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
    for (const url of ['/api/me/profile', '/api/auth/sign-in/email', '/api/auth/update-user']) {
      const response = await app.inject({
        method: url === '/api/me/profile' ? 'PUT' : 'POST',
        url,
        headers: asMember(maria.cookie),
        payload: deep,
      });
      expect(response.statusCode, `${url}: ${response.body.slice(0, 200)}`).toBe(400);
    }
  });

  it('refuses a truncated multipart body with a 400 naming the file, writing nothing', async () => {
    const imports = await count('contact_imports');
    const boundary = 'cut-short';
    const truncated = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="contacts.csv"\r\nContent-Type: text/csv\r\n\r\nname,email\r\nAda,ada@example.com`;
    for (const url of ['/api/contacts/import', '/api/me/profile/photo']) {
      const response = await app.inject({
        method: 'POST',
        url,
        headers: { cookie: maria.cookie, origin, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: truncated,
      });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(400);
      expect(response.json<ErrorBody>().error.details![0]!.field).toBe('file');
      expect(messageOf(response)).toMatch(/^File /);
    }
    const noBoundary = await app.inject({
      method: 'POST',
      url: '/api/contacts/import',
      headers: { cookie: maria.cookie, origin, 'content-type': 'multipart/form-data' },
      payload: 'garbage',
    });
    expect(noBoundary.statusCode).toBe(400);
    expect(await count('contact_imports')).toBe(imports);
  });

  it('refuses a 50 MB malformed multipart body without reading it to the end', async () => {
    const total = 50 * 1024 * 1024;
    let pulled = 0;
    const body = new Readable({
      read() {
        if (pulled >= total) return this.push(null);
        const chunk = Buffer.alloc(64 * 1024, 0x41);
        pulled += chunk.length;
        this.push(chunk);
      },
    });
    const response = await app.inject({
      method: 'POST',
      url: '/api/contacts/import',
      headers: {
        cookie: maria.cookie,
        origin,
        'content-type': 'multipart/form-data; boundary=never-sent',
        'content-length': String(total),
      },
      payload: body,
    });
    expect(response.statusCode).toBe(413);
    expect(messageOf(response)).toMatch(/^The file must be at most 5 MB/);
    expect(pulled).toBeLessThan(total / 2);
  });

  it('names every field in words in the messages people read', async () => {
    const referral = await refer(app, maria, referralBody(clientId, consentId, { toMemberSlug: chiro.slug }));
    expect((await move(app, chiro, referral.id, { to: 'accepted' })).statusCode).toBe(200);
    const sam = await listMember(app, { displayName: 'Sam Witness', postalCode: '02139', country: 'US' });
    const cases: [string, Promise<{ statusCode: number; json: <T>() => T }>, RegExp][] = [
      ['appointment time', move(app, chiro, referral.id, { to: 'scheduled' }), /^Appointment time is required/],
      [
        'witness for verbal consent',
        call(app, maria, 'POST', `/api/clients/${clientId}/consents`, {
          scope: ['identity'],
          sharedWith: { kind: 'any-referral' },
          method: 'verbal-witnessed',
        }),
        /^Witness name is required for verbal consent/,
      ],
      [
        'a covering colleague',
        call(app, maria, 'POST', '/api/referrals', {
          ...referralBody(clientId, consentId, { toMemberSlug: chiro.slug }),
          redirectToCover: sam.slug,
        }),
        /^Covering colleague:? /,
      ],
      [
        'a missing recipient',
        call(app, maria, 'POST', '/api/referrals', {
          ...referralBody(clientId, consentId, { toMemberSlug: chiro.slug }),
          toMemberSlug: undefined,
        }),
        /^Recipient is required/,
      ],
      [
        'a wrong type',
        call(app, maria, 'PUT', '/api/me/profile', { acceptingReferrals: 'yes' }),
        /^Accepting referrals must be true or false/,
      ],
      [
        'a too-long name',
        call(app, maria, 'PUT', '/api/me/profile', { displayName: 'x'.repeat(121) }),
        /^Display name must be at most 120 characters/,
      ],
      [
        'an unknown field',
        call(app, maria, 'PUT', '/api/me/profile', { favouriteColour: 'blue' }),
        /^Favourite colour is not a field/,
      ],
      [
        'a bad query value',
        call(app, maria, 'GET', '/api/notifications?pageSize=0&limit=0'),
        /Limit must be at least 1/,
      ],
      ['a missing client', call(app, maria, 'POST', `/api/clients/${clientId}/consents`, {}), /^Scope is required/],
    ];
    for (const [what, pending, expected] of cases) {
      const response = await pending;
      expect(response.statusCode, what).toBe(400);
      const { message, details } = response.json<ErrorBody>().error;
      expect(message, what).toMatch(expected);
      expect(message, what).not.toMatch(camelCase);
      for (const detail of details ?? []) expect(detail.message, what).not.toMatch(camelCase);
    }
    // A client of mine named by a stranger stays a stranger's 404, not a validation message.
    expect(
      (await call(app, chiro, 'GET', `/api/clients/${await addClient(app, maria, 'Other Client')}`)).statusCode,
    ).toBe(404);
  });
});
