// Contacts, letters, offers and certificates are private to their owner. The access walk calls every
// route of the alliance builder in the OpenAPI document: a route that names one of the owner's records
// answers another member exactly as it answers for a record that does not exist (404), and the
// owner's records are unchanged afterwards. A new route without a case here fails the suite.
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  memberActor,
  moduleRoutes,
  namesRecord,
  tableRows,
  walkRecordRoutes,
  type Route,
} from '../../../../test/support/access-walk.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { asMember } from '../../../../test/support/members.ts';
import { multipartFile } from '../../../../test/support/contacts-files.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const vcard =
  'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dr. Lena Ortiz\r\nEMAIL:lena@spine.example\r\nTITLE:Chiropractor\r\nEND:VCARD\r\n';

type Owned = { contactId: string; token: string; letterId: string; offerId: string; code: string };
// Bodies are valid, so a 404 is about access (routes not named here take the schema's minimal body).
const bodies = (other: Listed) => ({
  'PATCH /api/contacts/{id}': [{ stage: 'allied' }],
  'POST /api/contacts/{id}/interactions': [{ channel: 'phone', summary: 'Called' }],
  'POST /api/contacts/import/{token}/confirm': [{ rows: [{ index: 0, action: 'import' }] }],
  'PATCH /api/letters/{id}': [{ body: 'Rewritten by someone else' }],
  'POST /api/letters/{id}/send': [{}],
  'POST /api/letters/{id}/delivered': [{ channel: 'letter' }],
  'PATCH /api/offers/{id}': [{ title: 'Taken over' }],
  'POST /api/offers/{id}/certificates': [{ memberSlug: other.slug }],
  'POST /api/certificates/{code}/send': [{}],
  'POST /api/certificates/{code}/redeem': [{ identityConfirmed: true }],
  'POST /api/certificates/{code}/void': [{ reason: 'mischief' }],
});
const tags = ['contacts', 'letters', 'offers', 'certificates'];
// Public by design, or scoped to the caller's own records (no record named in the path).
const publicOrOwnScope =
  /^(GET \/api\/certificates\/verify\/\{code\}|(GET|POST|PUT|DELETE) \/api\/letters\/(templates(\/\{profession\})?|draft)|(GET|POST) \/api\/(contacts|letters|offers)|GET \/api\/contacts\/(follow-ups|export|suggestions)|POST \/api\/contacts\/(import|from-member))$/;

describeEachDatabase('alliance builder: another member sees none of it', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let sam: Listed;
  let owned: Owned;
  let unknown: Owned;

  const call = (who: Listed, method: string, url: string, body?: unknown) =>
    app.inject({
      method: method as 'GET',
      url,
      headers: body === undefined ? { cookie: who.cookie, origin } : asMember(who.cookie),
      payload: body as object,
    });

  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = await listMember(app, {
      displayName: 'Maria Alvarez',
      postalCode: '02116',
      country: 'US',
      profession: 'massage-therapist',
      visibility: 'public',
    });
    sam = await listMember(app, {
      displayName: 'Sam Okafor',
      postalCode: '02139',
      country: 'US',
      profession: 'massage-therapist',
      visibility: 'public',
    });
    const contact = await call(maria, 'POST', '/api/contacts', {
      name: 'Dr. Anika Patel',
      profession: 'chiropractor',
      email: 'anika@riverside.example',
    });
    const contactId = contact.json<{ id: string }>().id;
    await call(maria, 'POST', `/api/contacts/${contactId}/interactions`, {
      channel: 'phone',
      summary: 'Left a message',
    });
    const file = multipartFile('team.vcf', Buffer.from(vcard));
    const preview = await app.inject({
      method: 'POST',
      url: '/api/contacts/import',
      headers: { cookie: maria.cookie, origin, 'content-type': file.contentType },
      payload: file.payload,
    });
    const letter = await call(maria, 'POST', '/api/letters', { contactId });
    const offer = await call(maria, 'POST', '/api/offers', {
      kind: 'percent-off',
      percent: 25,
      title: '25% off',
      validFrom: day(0),
      validUntil: day(30),
      maxIssued: 5,
    });
    const offerId = offer.json<{ id: string }>().id;
    const certificate = await call(maria, 'POST', `/api/offers/${offerId}/certificates`, { contactId });
    owned = {
      contactId,
      token: preview.json<{ token: string }>().token,
      letterId: letter.json<{ id: string }>().id,
      offerId,
      code: certificate.json<{ code: string }>().code,
    };
    for (const [name, response] of Object.entries({ contact, preview, letter, offer, certificate }))
      expect(response.statusCode, `${name}: ${response.body}`).toBeLessThan(300);
    // Well-formed identifiers of records that do not exist (the code has a valid check character).
    unknown = {
      contactId: crypto.randomUUID(),
      token: crypto.randomUUID(),
      letterId: crypto.randomUUID(),
      offerId: crypto.randomUUID(),
      code: '0000000000000000' + '0',
    };
  });
  afterAll(async () => app?.cleanup());

  // {id} names a contact, a letter or an offer, after the path it sits in.
  const paramsOf = (ids: Owned) => ({
    id: (route: Route) =>
      route.path.startsWith('/api/contacts')
        ? ids.contactId
        : route.path.startsWith('/api/letters')
          ? ids.letterId
          : ids.offerId,
    token: ids.token,
    code: ids.code,
  });

  it('names a record on every route but the public and the caller’s own', async () => {
    const routes = await moduleRoutes(app, { tags });
    expect(
      routes.filter((route) => !namesRecord(route) && !publicOrOwnScope.test(route.key)).map((route) => route.key),
    ).toEqual([]);
  });

  it('answers another member 404 on every route, exactly as for a record that does not exist, changing nothing', async () => {
    const report = await walkRecordRoutes(app, {
      tags,
      actors: [memberActor('the owner', maria, 'allowed'), memberActor('another member', sam, 'not-found')],
      params: paramsOf(owned),
      missing: paramsOf(unknown),
      bodies: bodies(sam),
      skip: {
        'GET /api/certificates/verify/{code}': 'the public check of a certificate',
        'PUT /api/letters/templates/{profession}': 'the caller’s own template for a profession',
        'DELETE /api/letters/templates/{profession}': 'the caller’s own template for a profession',
      },
      secrets: ['Anika', 'anika@riverside.example'],
      snapshot: () =>
        tableRows(app, ['contacts', 'contact_interactions', 'contact_imports', 'letters', 'offers', 'certificates']),
    });
    expect(report.filter((line) => line.includes('as another member: 404')).length).toBeGreaterThanOrEqual(23);
  });

  it("leaves the owner's records as they were", async () => {
    const contact = await call(maria, 'GET', `/api/contacts/${owned.contactId}`);
    expect(contact.json()).toMatchObject({ name: 'Dr. Anika Patel', stage: 'identified' });
    expect(
      (await call(maria, 'GET', `/api/contacts/${owned.contactId}/interactions`)).json<{ items: unknown[] }>().items,
    ).toHaveLength(1);
    expect((await call(maria, 'GET', `/api/letters/${owned.letterId}`)).json()).toMatchObject({ status: 'draft' });
    expect((await call(maria, 'GET', `/api/offers/${owned.offerId}`)).json()).toMatchObject({ title: '25% off' });
    const certificate = await call(maria, 'GET', `/api/certificates/${owned.code}`);
    expect(certificate.json()).toMatchObject({ status: 'valid', redeemedAt: null, voidedAt: null });
    const confirm = await call(maria, 'POST', `/api/contacts/import/${owned.token}/confirm`, {
      rows: [{ index: 0, action: 'import' }],
    });
    expect(confirm.json()).toMatchObject({ imported: 1 });
  });

  it("does not let another member use the owner's contact in their own letters and certificates", async () => {
    const letterTheirs = await call(sam, 'POST', '/api/letters', { contactId: owned.contactId });
    const letterMissing = await call(sam, 'POST', '/api/letters', { contactId: unknown.contactId });
    expect(letterTheirs.statusCode).toBeGreaterThanOrEqual(400);
    expect([letterTheirs.statusCode, letterTheirs.json<{ error: unknown }>().error]).toEqual([
      letterMissing.statusCode,
      letterMissing.json<{ error: unknown }>().error,
    ]);
    const draftTheirs = await call(sam, 'GET', `/api/letters/draft?contactId=${owned.contactId}`);
    const draftMissing = await call(sam, 'GET', `/api/letters/draft?contactId=${unknown.contactId}`);
    expect(draftTheirs.statusCode).toBeGreaterThanOrEqual(400);
    expect(draftTheirs.json<{ error: unknown }>().error).toEqual(draftMissing.json<{ error: unknown }>().error);
    const offer = await call(sam, 'POST', '/api/offers', {
      kind: 'free-session',
      title: 'Free 30 minutes',
      validFrom: day(0),
      validUntil: day(30),
      maxIssued: 5,
    });
    const offerId = offer.json<{ id: string }>().id;
    const issueTheirs = await call(sam, 'POST', `/api/offers/${offerId}/certificates`, { contactId: owned.contactId });
    const issueMissing = await call(sam, 'POST', `/api/offers/${offerId}/certificates`, {
      contactId: unknown.contactId,
    });
    expect(issueTheirs.statusCode).toBe(404);
    expect(issueTheirs.json<{ error: unknown }>().error).toEqual(issueMissing.json<{ error: unknown }>().error);
    const lists = await Promise.all(
      ['/api/contacts', '/api/letters', '/api/offers'].map((url) => call(sam, 'GET', url)),
    );
    expect(lists.map((list) => JSON.stringify(list.json()))).not.toContain('Anika');
    expect(JSON.stringify(lists.map((list) => list.json<unknown>()))).not.toContain(owned.contactId);
  });
});
