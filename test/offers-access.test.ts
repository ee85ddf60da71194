import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CertificateVerification, Offer } from '../src/contracts/offers.ts';
import { addContact, anOffer, createOffer, issueTo, member } from './support/offers.ts';
import type { Listed } from './support/listed-members.ts';
import { asMember } from './support/members.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from './support/test-app.ts';

describeEachDatabase('offers and certificates are private to their issuer', (kind) => {
  let app: TestApp;
  let owner: Listed;
  let other: Listed;
  beforeAll(async () => {
    app = await createTestApp(kind);
    owner = await member(app, 'Olive Owner');
    other = await member(app, 'Oscar Other');
  });
  afterAll(() => app.cleanup());

  it('answers 404 to another member on every offer and certificate route, and changes nothing', async () => {
    const offer = await createOffer(app, owner, { maxIssued: 5 });
    const certificate = await issueTo(app, owner, offer.id, { contactId: await addContact(app, owner, { name: 'Private Recipient', email: 'private@example.com' }) });
    const { code } = certificate;
    const routes: { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; payload?: object }[] = [
      { method: 'GET', url: `/api/offers/${offer.id}` },
      { method: 'PATCH', url: `/api/offers/${offer.id}`, payload: { title: 'Hijacked' } },
      { method: 'PATCH', url: `/api/offers/${offer.id}`, payload: { archived: true } },
      { method: 'DELETE', url: `/api/offers/${offer.id}` },
      { method: 'GET', url: `/api/offers/${offer.id}/certificates` },
      { method: 'POST', url: `/api/offers/${offer.id}/certificates`, payload: { memberSlug: owner.slug } },
      { method: 'GET', url: `/api/certificates/${code}` },
      { method: 'GET', url: `/api/certificates/${certificate.displayCode}` },
      { method: 'GET', url: `/api/certificates/${code}/pdf` },
      { method: 'POST', url: `/api/certificates/${code}/send` },
      { method: 'POST', url: `/api/certificates/${code}/redeem`, payload: { identityConfirmed: true } },
      { method: 'POST', url: `/api/certificates/${code}/void`, payload: { reason: 'Not mine' } },
    ];
    for (const route of routes) {
      const headers = route.payload ? asMember(other.cookie) : { cookie: other.cookie, origin };
      const response = await app.inject({ ...route, headers });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(404);
      expect(response.body).not.toContain('Private Recipient');
    }
    const mine = await app.inject({ method: 'GET', url: '/api/offers', headers: asMember(other.cookie) });
    expect(mine.json<{ items: Offer[] }>().items).toEqual([]);

    // The owner sees everything as it was: not archived, renamed, issued from, redeemed, voided or sent.
    const after = (await app.inject({ method: 'GET', url: `/api/offers/${offer.id}`, headers: asMember(owner.cookie) })).json<Offer>();
    expect(after).toMatchObject({ title: anOffer().title, archived: false, figures: { issued: 1, redeemed: 0, void: 0 } });
    const status = await app.inject({ method: 'GET', url: `/api/certificates/${code}`, headers: asMember(owner.cookie) });
    expect(status.json()).toMatchObject({ status: 'valid', delivery: { status: 'not-sent' } });

    // Only the public check answers anyone, and only with what it may show.
    const verified = await app.inject({ method: 'GET', url: `/api/certificates/verify/${code}` });
    expect(verified.json<CertificateVerification>()).toMatchObject({ status: 'valid', recipientName: 'Private Recipient' });
    expect(verified.body).not.toContain('private@example.com');
  });

  it('needs a session on every issuer route', async () => {
    const offer = await createOffer(app, owner);
    const certificate = await issueTo(app, owner, offer.id, { memberSlug: other.slug });
    for (const url of [`/api/offers/${offer.id}`, `/api/offers/${offer.id}/certificates`, `/api/certificates/${certificate.code}`, `/api/certificates/${certificate.code}/pdf`]) {
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    }
    const redeem = await app.inject({ method: 'POST', url: `/api/certificates/${certificate.code}/redeem`, headers: { 'content-type': 'application/json' }, payload: { identityConfirmed: true } });
    expect(redeem.statusCode).toBe(401);
  });

  it('lists every route in OpenAPI, the verification as the only one without a session', async () => {
    const spec = (await app.inject({ url: '/api/openapi.json' })).json<{ paths: Record<string, Record<string, { security?: unknown[]; tags?: string[] }>> }>();
    const expected = {
      '/api/offers': ['get', 'post'],
      '/api/offers/{id}': ['get', 'patch', 'delete'],
      '/api/offers/{id}/certificates': ['get', 'post'],
      '/api/certificates/{code}': ['get'],
      '/api/certificates/{code}/pdf': ['get'],
      '/api/certificates/{code}/send': ['post'],
      '/api/certificates/{code}/redeem': ['post'],
      '/api/certificates/{code}/void': ['post'],
    };
    for (const [path, methods] of Object.entries(expected)) {
      for (const method of methods) expect(spec.paths[path]?.[method]?.security, `${method} ${path}`).toEqual([{ session: [] }]);
    }
    const verify = spec.paths['/api/certificates/verify/{code}']?.get;
    expect(verify?.tags).toEqual(['certificates']);
    expect(verify?.security).toBeUndefined();
  });
});
