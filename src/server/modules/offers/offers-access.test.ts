// Offers and certificates are private to their issuer. The access walk calls every offer and
// certificate route in the OpenAPI document that names a record (the public verification aside):
// another member gets 404 as for a record that does not exist, an anonymous caller 401, and the
// issuer's records are unchanged afterwards. A new route whose parameters are not filled fails.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CertificateVerification, Offer } from '../../../contracts/offers.ts';
import { anonymousActor, memberActor, tableRows, walkRecordRoutes } from '../../../../test/support/access-walk.ts';
import { addContact, anOffer, createOffer, issueTo, member } from '../../../../test/support/offers.ts';
import type { Listed } from '../../../../test/support/listed-members.ts';
import { asMember } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

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

  it('answers 404 to another member and 401 to an anonymous caller on every offer and certificate route, and changes nothing', async () => {
    const offer = await createOffer(app, owner, { maxIssued: 5 });
    const certificate = await issueTo(app, owner, offer.id, {
      contactId: await addContact(app, owner, { name: 'Private Recipient', email: 'private@example.com' }),
    });
    const { code } = certificate;
    const snapshot = async () => ({
      offer: (
        await app.inject({ method: 'GET', url: `/api/offers/${offer.id}`, headers: asMember(owner.cookie) })
      ).json<unknown>(),
      certificate: (
        await app.inject({ method: 'GET', url: `/api/certificates/${code}`, headers: asMember(owner.cookie) })
      ).json<unknown>(),
      rows: await tableRows(app, ['offers', 'certificates']),
    });
    const walk = {
      tags: ['offers', 'certificates'],
      actors: [
        memberActor('the issuer', owner, 'allowed'),
        memberActor('another member', other, 'not-found'),
        anonymousActor('unauthorized'),
      ],
      // A well-formed code (valid check character) that was never issued.
      missing: { code: '0000000000000000' + '0' },
      bodies: {
        'PATCH /api/offers/{id}': [{ title: 'Hijacked' }, { archived: true }],
        'POST /api/offers/{id}/certificates': [{ memberSlug: owner.slug }],
        'POST /api/certificates/{code}/redeem': [{ identityConfirmed: true }],
        'POST /api/certificates/{code}/void': [{ reason: 'Not mine' }],
      },
      skip: { 'GET /api/certificates/verify/{code}': 'the public check, answered below' },
      secrets: ['Private Recipient', 'private@example.com'],
      snapshot,
    };
    await walkRecordRoutes(app, { ...walk, params: { id: offer.id, code } });
    // The printed display code names the certificate as well as the code does.
    await walkRecordRoutes(app, { ...walk, params: { id: offer.id, code: certificate.displayCode } });
    const mine = await app.inject({ method: 'GET', url: '/api/offers', headers: asMember(other.cookie) });
    expect(mine.json<{ items: Offer[] }>().items).toEqual([]);

    // The owner sees everything as it was: not archived, renamed, issued from, redeemed, voided or sent.
    const after = (
      await app.inject({ method: 'GET', url: `/api/offers/${offer.id}`, headers: asMember(owner.cookie) })
    ).json<Offer>();
    expect(after).toMatchObject({
      title: anOffer().title,
      archived: false,
      figures: { issued: 1, redeemed: 0, void: 0 },
    });
    const status = await app.inject({
      method: 'GET',
      url: `/api/certificates/${code}`,
      headers: asMember(owner.cookie),
    });
    expect(status.json()).toMatchObject({ status: 'valid', delivery: { status: 'not-sent' } });

    // Only the public check answers anyone, and only with what it may show.
    const verified = await app.inject({ method: 'GET', url: `/api/certificates/verify/${code}` });
    expect(verified.json<CertificateVerification>()).toMatchObject({
      status: 'valid',
      recipientName: 'Private Recipient',
    });
    expect(verified.body).not.toContain('private@example.com');
  });

  it('needs a session on every issuer route', async () => {
    const offer = await createOffer(app, owner);
    const certificate = await issueTo(app, owner, offer.id, { memberSlug: other.slug });
    for (const url of [
      `/api/offers/${offer.id}`,
      `/api/offers/${offer.id}/certificates`,
      `/api/certificates/${certificate.code}`,
      `/api/certificates/${certificate.code}/pdf`,
    ]) {
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    }
    const redeem = await app.inject({
      method: 'POST',
      url: `/api/certificates/${certificate.code}/redeem`,
      headers: { 'content-type': 'application/json' },
      payload: { identityConfirmed: true },
    });
    expect(redeem.statusCode).toBe(401);
  });

  it('lists every route in OpenAPI, the verification as the only one without a session', async () => {
    const spec = (await app.inject({ url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { security?: unknown[]; tags?: string[] }>>;
    }>();
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
      for (const method of methods)
        expect(spec.paths[path]?.[method]?.security, `${method} ${path}`).toEqual([{ session: [] }]);
    }
    const verify = spec.paths['/api/certificates/verify/{code}']?.get;
    expect(verify?.tags).toEqual(['certificates']);
    expect(verify?.security).toBeUndefined();
  });
});
