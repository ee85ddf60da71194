// Issue 8 item 14: the issuer scans a certificate's QR code, signed in, and can redeem it from the
// public verification page with a plain form (no JavaScript); nobody else sees the form; a second
// look-up warns that it was already redeemed, with the date for the issuer.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Certificate } from '../../../contracts/offers.ts';
import { addContact, createOffer, issueTo, member } from '../../../../test/support/offers.ts';
import type { Listed } from '../../../../test/support/listed-members.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';

const today = () =>
  new Date().toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

describeEachDatabase('redeeming from the verification page', (kind) => {
  let app: TestApp;
  let issuer: Listed;
  let stranger: Listed;
  let certificate: Certificate;

  beforeAll(async () => {
    app = await createTestApp(kind);
    issuer = await member(app, 'Iris Issuer');
    stranger = await member(app, 'Sol Stranger');
    const offer = await createOffer(app, issuer);
    certificate = await issueTo(app, issuer, offer.id, {
      contactId: await addContact(app, issuer, { name: 'Dr. Ana Chiropractor' }),
    });
  });
  afterAll(() => app.cleanup());

  const look = (who: Listed | null) =>
    app.inject({ url: `/verify/${certificate.displayCode}`, headers: who ? { cookie: who.cookie } : {} });
  // As a browser submits the form: urlencoded, with its cookie, from our own page.
  const submit = (who: Listed | null, body = 'identityConfirmed=true') =>
    app.inject({
      method: 'POST',
      url: `/verify/${certificate.code}/redeem`,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin,
        'sec-fetch-site': 'same-origin',
        ...(who ? { cookie: who.cookie } : {}),
      },
      payload: body,
    });
  const redeemForm = /<form method="post" action="\/verify\/[0-9A-Z]{17}\/redeem">/;

  it('offers the Redeem form to the signed-in issuer only', async () => {
    const mine = await look(issuer);
    expect(mine.statusCode).toBe(200);
    expect(mine.body).toMatch(redeemForm);
    expect(mine.body).toContain('name="identityConfirmed"');
    for (const other of [stranger, null]) {
      const page = await look(other);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('status-valid">Valid<');
      expect(page.body).not.toMatch(/redeem"/);
    }
  });

  it('refuses a redeem by anyone but the issuer, and without the identity check', async () => {
    const byStranger = await submit(stranger);
    expect(byStranger.statusCode).toBe(403);
    expect(byStranger.body).toContain('Only the member who issued this certificate can redeem it.');
    const signedOut = await submit(null);
    expect(signedOut.statusCode).toBe(401);
    const unconfirmed = await submit(issuer, '');
    expect(unconfirmed.statusCode).toBe(400);
    expect(unconfirmed.body).toContain('Confirm the recipient’s identity first');
    expect((await look(issuer)).body).toContain('status-valid">Valid<');
  });

  it('redeems once through the form; a second look-up warns it was already redeemed, with the date', async () => {
    const first = await submit(issuer);
    expect(first.statusCode).toBe(200);
    expect(first.body).toMatch(
      /<p class="done" role="status">Redeemed on [A-Z][a-z]+ \d+, \d{4}: Free 30-minute session for Dr\. Ana Chiropractor\.<\/p>/,
    );
    expect(first.body).not.toMatch(redeemForm);

    const again = await submit(issuer);
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('class="warning" role="alert"');

    const second = await look(issuer);
    expect(second.body).toContain('status-redeemed">Already redeemed<');
    expect(second.body).toMatch(
      new RegExp(
        `<div class="warning" role="alert"><p><strong><span aria-hidden="true">⚠ </span>Warning: already redeemed on ${today()}\\.</strong>`,
      ),
    );
    expect(second.body).not.toMatch(redeemForm);
    // Anyone else is warned too, without the redemption date (the public check shows no redemption time).
    const publicLook = await look(null);
    expect(publicLook.body).toContain('Warning: already redeemed.');
    expect(publicLook.body).not.toContain(today());
    const api = await app.inject({ url: `/api/certificates/${certificate.code}`, headers: { cookie: issuer.cookie } });
    expect(api.json<Certificate>().status).toBe('redeemed');
  });
});
