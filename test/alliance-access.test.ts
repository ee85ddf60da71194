// Contacts, letters, offers and certificates are private to their owner. This walks every route of
// the alliance builder in the OpenAPI document: a route that names one of the owner's records
// answers another member exactly as it answers for a record that does not exist (404), and the
// owner's records are unchanged afterwards. A new route without a case here fails the suite.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listMember, type Listed } from './support/listed-members.ts';
import { asMember } from './support/members.ts';
import { multipartFile } from './support/contacts-files.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from './support/test-app.ts';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const vcard = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dr. Lena Ortiz\r\nEMAIL:lena@spine.example\r\nTITLE:Chiropractor\r\nEND:VCARD\r\n';

type Owned = { contactId: string; token: string; letterId: string; offerId: string; code: string };
type Case = { body?: unknown; multipart?: boolean };

// Every route that names a record by id, code or token. Bodies are valid, so a 404 is about access.
const cases: Record<string, Case> = {
  'GET /api/contacts/{id}': {},
  'PATCH /api/contacts/{id}': { body: { stage: 'allied' } },
  'DELETE /api/contacts/{id}': {},
  'GET /api/contacts/{id}/interactions': {},
  'POST /api/contacts/{id}/interactions': { body: { channel: 'phone', summary: 'Called' } },
  'POST /api/contacts/import/{token}/confirm': { body: { rows: [{ index: 0, action: 'import' }] } },
  'GET /api/letters/{id}': {},
  'PATCH /api/letters/{id}': { body: { body: 'Rewritten by someone else' } },
  'DELETE /api/letters/{id}': {},
  'GET /api/letters/{id}/pdf': {},
  'GET /api/letters/{id}/print': {},
  'POST /api/letters/{id}/send': { body: {} },
  'POST /api/letters/{id}/delivered': { body: { channel: 'letter' } },
  'GET /api/offers/{id}': {},
  'PATCH /api/offers/{id}': { body: { title: 'Taken over' } },
  'DELETE /api/offers/{id}': {},
  'GET /api/offers/{id}/certificates': {},
  'POST /api/offers/{id}/certificates': { body: { memberSlug: 'placeholder' } },
  'GET /api/certificates/{code}': {},
  'GET /api/certificates/{code}/pdf': {},
  'POST /api/certificates/{code}/send': { body: {} },
  'POST /api/certificates/{code}/redeem': { body: { identityConfirmed: true } },
  'POST /api/certificates/{code}/void': { body: { reason: 'mischief' } },
};
// Public by design, or scoped to the caller's own records (no record named in the path).
const publicOrOwnScope = /^(GET \/api\/certificates\/verify\/\{code\}|(GET|POST|PUT|DELETE) \/api\/letters\/(templates(\/\{profession\})?|draft)|(GET|POST) \/api\/(contacts|letters|offers)|GET \/api\/contacts\/(follow-ups|export|suggestions)|POST \/api\/contacts\/(import|from-member))$/;

describeEachDatabase('alliance builder: another member sees none of it', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let sam: Listed;
  let owned: Owned;
  let unknown: Owned;

  const call = (who: Listed, method: string, url: string, body?: unknown) =>
    app.inject({ method: method as 'GET', url, headers: body === undefined ? { cookie: who.cookie, origin } : asMember(who.cookie), payload: body as object });

  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = await listMember(app, { displayName: 'Maria Alvarez', postalCode: '02116', country: 'US', profession: 'massage-therapist', visibility: 'public' });
    sam = await listMember(app, { displayName: 'Sam Okafor', postalCode: '02139', country: 'US', profession: 'massage-therapist', visibility: 'public' });
    const contact = await call(maria, 'POST', '/api/contacts', { name: 'Dr. Anika Patel', profession: 'chiropractor', email: 'anika@riverside.example' });
    const contactId = contact.json<{ id: string }>().id;
    await call(maria, 'POST', `/api/contacts/${contactId}/interactions`, { channel: 'phone', summary: 'Left a message' });
    const file = multipartFile('team.vcf', Buffer.from(vcard));
    const preview = await app.inject({ method: 'POST', url: '/api/contacts/import', headers: { cookie: maria.cookie, origin, 'content-type': file.contentType }, payload: file.payload });
    const letter = await call(maria, 'POST', '/api/letters', { contactId });
    const offer = await call(maria, 'POST', '/api/offers', { kind: 'percent-off', percent: 25, title: '25% off', validFrom: day(0), validUntil: day(30), maxIssued: 5 });
    const offerId = offer.json<{ id: string }>().id;
    const certificate = await call(maria, 'POST', `/api/offers/${offerId}/certificates`, { contactId });
    owned = { contactId, token: preview.json<{ token: string }>().token, letterId: letter.json<{ id: string }>().id, offerId, code: certificate.json<{ code: string }>().code };
    for (const [name, response] of Object.entries({ contact, preview, letter, offer, certificate })) expect(response.statusCode, `${name}: ${response.body}`).toBeLessThan(300);
    // Well-formed identifiers of records that do not exist (the code has a valid check character).
    unknown = { contactId: crypto.randomUUID(), token: crypto.randomUUID(), letterId: crypto.randomUUID(), offerId: crypto.randomUUID(), code: '0000000000000000' + '0' };
    cases['POST /api/offers/{id}/certificates'] = { body: { memberSlug: sam.slug } };
  });
  afterAll(async () => app?.cleanup());

  const urlFor = (path: string, ids: Owned) =>
    path
      .replace('{token}', ids.token)
      .replace('{code}', ids.code)
      .replace('{id}', path.startsWith('/api/contacts') ? ids.contactId : path.startsWith('/api/letters') ? ids.letterId : ids.offerId);

  it('has a case for every route that names a record', () => {
    const spec = app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(spec.paths)
      .filter(([path]) => /^\/api\/(contacts|letters|offers|certificates)/.test(path))
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
    const uncovered = routes.filter((route) => !(route in cases) && !publicOrOwnScope.test(route));
    expect(uncovered).toEqual([]);
    expect(Object.keys(cases).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('answers another member 404 on every route, exactly as for a record that does not exist', async () => {
    const answers: string[] = [];
    for (const [route, { body }] of Object.entries(cases)) {
      const [method, path] = route.split(' ') as [string, string];
      const theirs = await call(sam, method, urlFor(path, owned), body);
      const missing = await call(sam, method, urlFor(path, unknown), body);
      answers.push(`${route} → ${theirs.statusCode} (missing: ${missing.statusCode})`);
      expect(theirs.statusCode, `${route}: ${theirs.body}`).toBe(404);
      expect(theirs.json<{ error: { code: string; message: string } }>().error).toEqual(missing.json<{ error: unknown }>().error);
    }
    expect(answers).toHaveLength(Object.keys(cases).length);
  });

  it("leaves the owner's records as they were", async () => {
    const contact = await call(maria, 'GET', `/api/contacts/${owned.contactId}`);
    expect(contact.json()).toMatchObject({ name: 'Dr. Anika Patel', stage: 'identified' });
    expect((await call(maria, 'GET', `/api/contacts/${owned.contactId}/interactions`)).json<{ items: unknown[] }>().items).toHaveLength(1);
    expect((await call(maria, 'GET', `/api/letters/${owned.letterId}`)).json()).toMatchObject({ status: 'draft' });
    expect((await call(maria, 'GET', `/api/offers/${owned.offerId}`)).json()).toMatchObject({ title: '25% off' });
    const certificate = await call(maria, 'GET', `/api/certificates/${owned.code}`);
    expect(certificate.json()).toMatchObject({ status: 'valid', redeemedAt: null, voidedAt: null });
    const confirm = await call(maria, 'POST', `/api/contacts/import/${owned.token}/confirm`, { rows: [{ index: 0, action: 'import' }] });
    expect(confirm.json()).toMatchObject({ imported: 1 });
  });

  it("does not let another member use the owner's contact in their own letters and certificates", async () => {
    const letterTheirs = await call(sam, 'POST', '/api/letters', { contactId: owned.contactId });
    const letterMissing = await call(sam, 'POST', '/api/letters', { contactId: unknown.contactId });
    expect(letterTheirs.statusCode).toBeGreaterThanOrEqual(400);
    expect([letterTheirs.statusCode, letterTheirs.json<{ error: unknown }>().error]).toEqual([letterMissing.statusCode, letterMissing.json<{ error: unknown }>().error]);
    const draftTheirs = await call(sam, 'GET', `/api/letters/draft?contactId=${owned.contactId}`);
    const draftMissing = await call(sam, 'GET', `/api/letters/draft?contactId=${unknown.contactId}`);
    expect(draftTheirs.statusCode).toBeGreaterThanOrEqual(400);
    expect(draftTheirs.json<{ error: unknown }>().error).toEqual(draftMissing.json<{ error: unknown }>().error);
    const offer = await call(sam, 'POST', '/api/offers', { kind: 'free-session', title: 'Free 30 minutes', validFrom: day(0), validUntil: day(30), maxIssued: 5 });
    const offerId = offer.json<{ id: string }>().id;
    const issueTheirs = await call(sam, 'POST', `/api/offers/${offerId}/certificates`, { contactId: owned.contactId });
    const issueMissing = await call(sam, 'POST', `/api/offers/${offerId}/certificates`, { contactId: unknown.contactId });
    expect(issueTheirs.statusCode).toBe(404);
    expect(issueTheirs.json<{ error: unknown }>().error).toEqual(issueMissing.json<{ error: unknown }>().error);
    const lists = await Promise.all(['/api/contacts', '/api/letters', '/api/offers'].map((url) => call(sam, 'GET', url)));
    expect(lists.map((list) => JSON.stringify(list.json()))).not.toContain('Anika');
    expect(JSON.stringify(lists.map((list) => list.json<unknown>()))).not.toContain(owned.contactId);
  });
});
