import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Certificate, CertificateVerification } from '../../../contracts/offers.ts';
import { checkCharacter, formatCode } from '../../lib/certificate-code.ts';
import {
  addContact,
  bare,
  createOffer,
  day,
  errorOf,
  fieldsOf,
  issueTo,
  member,
  redeem,
  setCertificateDates,
} from '../../../../test/support/offers.ts';
import type { Listed } from '../../../../test/support/listed-members.ts';
import { asMember } from '../../../../test/support/members.ts';
import { verifyWindowSeconds } from './verify-limit.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

/** A typo: one character replaced by another valid one. */
const substitute = (code: string, position: number) =>
  code.slice(0, position) + (code[position] === '7' ? '8' : '7') + code.slice(position + 1);
/** A typo: two neighbouring (different) characters swapped. */
function transpose(code: string) {
  const at = [...code].findIndex((char, i) => i < code.length - 1 && char !== code[i + 1]);
  return code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2);
}

describeEachDatabase('certificates', (kind) => {
  let app: TestApp;
  let maya: Listed;
  let theo: Listed;
  let offerId: string;
  beforeAll(async () => {
    app = await createTestApp(kind, { env: { VERIFY_RATE_LIMIT: '1000' } });
    maya = await member(app, 'Maya Issuer');
    theo = await member(app, 'Theo Other');
    offerId = (await createOffer(app, maya, { kind: 'percent-off', percent: 25, title: 'Colleague discount' } as never))
      .id;
  });
  afterAll(() => app.cleanup());

  const fresh = async (name = 'Dr. Rita Recipient') =>
    issueTo(app, maya, offerId, { contactId: await addContact(app, maya, { name }) });
  const verify = (code: string) =>
    app.inject({ method: 'GET', url: `/api/certificates/verify/${encodeURIComponent(code)}` });

  describe('redeeming', () => {
    it('succeeds exactly once under 100 concurrent attempts', async () => {
      const certificate = await fresh();
      const responses = await Promise.all(Array.from({ length: 100 }, () => redeem(app, maya, certificate.code)));
      const ok = responses.filter((response) => response.statusCode === 200);
      expect(ok).toHaveLength(1);
      expect(responses.filter((response) => response.statusCode === 409)).toHaveLength(99);
      expect(ok[0]!.json<Certificate>()).toMatchObject({ status: 'redeemed', code: certificate.code });
      const refused = responses.find((response) => response.statusCode === 409)!;
      expect(errorOf(refused)).toMatchObject({
        code: 'conflict',
        message: expect.stringContaining('Already redeemed on') as string,
        details: { reason: 'already_redeemed' },
      });
      expect((await verify(certificate.code)).json<CertificateVerification>().status).toBe('redeemed');
    });

    it("requires the issuer to confirm the recipient's identity", async () => {
      const certificate = await fresh();
      for (const payload of [{}, { identityConfirmed: false }, { identityConfirmed: 'yes' }]) {
        const refused = await redeem(app, maya, certificate.code, payload);
        expect(refused.statusCode).toBe(400);
        expect(fieldsOf(refused)).toEqual(['identityConfirmed']);
      }
      const noBody = await app.inject({
        method: 'POST',
        url: `/api/certificates/${certificate.code}/redeem`,
        headers: bare(maya),
      });
      expect(noBody.statusCode).toBe(400);
      expect(fieldsOf(noBody)).toEqual(['identityConfirmed']);
      expect((await verify(certificate.code)).json<CertificateVerification>().status).toBe('valid');
    });

    it('accepts the code as a person types it (grouped, lower case, O for 0)', async () => {
      const certificate = await fresh();
      const typed = certificate.displayCode.toLowerCase().replaceAll('0', 'o');
      const response = await redeem(app, maya, encodeURIComponent(typed));
      expect(response.statusCode, response.body).toBe(200);
    });

    it('refuses expired, void and not-yet-valid certificates', async () => {
      const expired = await fresh('Ex Pired');
      await setCertificateDates(app, expired.code, { validUntil: day(-2) });
      const refusedExpired = await redeem(app, maya, expired.code);
      expect(refusedExpired.statusCode).toBe(409);
      expect(errorOf(refusedExpired)).toMatchObject({
        message: expect.stringContaining('certificate_expired') as string,
        details: { reason: 'certificate_expired' },
      });
      expect(
        (
          await app.inject({ method: 'GET', url: `/api/certificates/${expired.code}`, headers: bare(maya) })
        ).json<Certificate>().status,
      ).toBe('expired');

      const voided = await fresh('Vo Ided');
      const voidResponse = await app.inject({
        method: 'POST',
        url: `/api/certificates/${voided.code}/void`,
        headers: asMember(maya.cookie),
        payload: { reason: 'Issued twice' },
      });
      expect(voidResponse.json<Certificate>()).toMatchObject({ status: 'void', voidReason: 'Issued twice' });
      expect(errorOf(await redeem(app, maya, voided.code)).details).toMatchObject({ reason: 'certificate_void' });

      const later = await issueTo(
        app,
        maya,
        (await createOffer(app, maya, { validFrom: day(5), validUntil: day(30) })).id,
        { memberSlug: theo.slug },
      );
      const early = await redeem(app, maya, later.code);
      expect(early.statusCode).toBe(409);
      expect(errorOf(early).details).toMatchObject({ reason: 'not_yet_valid' });
      // Before validFrom it verifies as genuine ('valid'), with the day it starts.
      expect((await verify(later.code)).json<CertificateVerification>()).toMatchObject({
        status: 'valid',
        validFrom: day(5),
      });
    });

    it('voids only what is not redeemed, and needs a reason', async () => {
      const certificate = await fresh();
      const voidIt = (payload: object) =>
        app.inject({
          method: 'POST',
          url: `/api/certificates/${certificate.code}/void`,
          headers: asMember(maya.cookie),
          payload,
        });
      expect(fieldsOf(await voidIt({}))).toEqual(['reason']);
      expect((await redeem(app, maya, certificate.code)).statusCode).toBe(200);
      const refused = await voidIt({ reason: 'Changed my mind' });
      expect(refused.statusCode).toBe(409);
      expect(errorOf(refused).details).toMatchObject({ reason: 'already_redeemed' });
    });
  });

  describe('public verification', () => {
    it('answers exactly the allowed keys: status, code, offer, dates and the recipient name', async () => {
      const certificate = await fresh('Dr. Public Name');
      const response = await verify(certificate.code);
      expect(response.statusCode).toBe(200);
      const body = response.json<CertificateVerification>();
      expect(Object.keys(body).sort()).toEqual(['code', 'offer', 'recipientName', 'status', 'validFrom', 'validUntil']);
      expect(Object.keys(body.offer).sort()).toEqual(['from', 'kind', 'percent', 'title']);
      expect(body).toEqual({
        status: 'valid',
        code: certificate.displayCode,
        offer: { title: 'Colleague discount', kind: 'percent-off', percent: 25, from: 'Maya Issuer' },
        validFrom: certificate.validFrom,
        validUntil: certificate.validUntil,
        recipientName: 'Dr. Public Name',
      });
      expect(response.body).not.toMatch(/@|contactId|[0-9a-f]{8}-[0-9a-f]{4}-/);
      expect(response.headers['cache-control']).toBe('no-store');
    });

    it('tells typos (substitution, transposition, length, stray characters) from unknown codes', async () => {
      const { code } = await fresh();
      for (const typo of [
        substitute(code, 3),
        substitute(code, 16),
        transpose(code),
        code.slice(0, 16),
        `${code.slice(0, 16)}U`,
      ]) {
        const response = await verify(typo);
        expect(response.statusCode, typo).toBe(400);
        expect(fieldsOf(response)).toEqual(['code']);
      }
      expect(errorOf(await verify(substitute(code, 5))).message).toContain('looks like a typo');
      // Well-formed, correct check character, never issued: unknown, not a typo.
      const unknown = `${'0'.repeat(15)}1`;
      const response = await verify(unknown + checkCharacter(unknown));
      expect(response.statusCode).toBe(404);
      expect(errorOf(response).code).toBe('not_found');
    });

    it('shows status, offer, expiry and recipient on a page without JavaScript, and escapes what members typed', async () => {
      const hostile = '<script>alert("x")</script> Robin';
      const offer = await createOffer(app, maya, { title: 'Free <b>hour</b>', minutes: 60 });
      const certificate = await issueTo(app, maya, offer.id, {
        contactId: await addContact(app, maya, { name: hostile }),
      });
      const page = await app.inject({ method: 'GET', url: `/verify/${certificate.code}` });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.body).toContain('<meta name="robots" content="noindex">');
      expect(page.body).not.toContain('<script>alert');
      expect(page.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Robin');
      expect(page.body).toContain('Free &lt;b&gt;hour&lt;/b&gt;');
      expect(page.body).toMatch(/class="badge verdict status-valid">Valid</);
      expect(page.body).toContain('A free 60-minute session');
      expect(page.body).toContain(
        new Date(`${certificate.validUntil}T12:00:00Z`).toLocaleDateString('en-US', {
          year: 'numeric',
          month: 'long',
          day: 'numeric',
          timeZone: 'UTC',
        }),
      );
      expect(page.body).toContain(certificate.displayCode);
      expect(page.body).toContain('Professional Offer Only — Non-Transferable');

      await redeem(app, maya, certificate.code);
      expect((await app.inject({ method: 'GET', url: `/verify/${certificate.code}` })).body).toMatch(
        /status-redeemed">Already redeemed</,
      );
    });

    it('has a form to type a code, and friendly pages for typos and unknown codes', async () => {
      const form = await app.inject({ method: 'GET', url: '/verify' });
      expect(form.statusCode).toBe(200);
      expect(form.body).toMatch(/<form method="get" action="\/verify"/);
      const { displayCode, code } = await fresh('Typed In');
      const typed = await app.inject({
        method: 'GET',
        url: `/verify?code=${encodeURIComponent(displayCode.toLowerCase())}`,
      });
      expect(typed.statusCode).toBe(200);
      expect(typed.body).toContain('Typed In');
      const typo = await app.inject({ method: 'GET', url: `/verify?code=${transpose(code)}` });
      expect(typo.statusCode).toBe(400);
      expect(typo.body).toContain('looks like a typo');
      expect(typo.body).toContain(`value="${transpose(code)}"`);
      const unknown = await app.inject({
        method: 'GET',
        url: `/verify/${formatCode(`${'Z'.repeat(16)}${checkCharacter('Z'.repeat(16))}`)}`,
      });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.body).toContain('No certificate has this code');
      const nonsense = await app.inject({ method: 'GET', url: '/verify/%3Cimg%20src%3Dx%3E' });
      expect(nonsense.statusCode).toBe(400);
      expect(nonsense.body).not.toContain('<img src=x>');
    });
  });
});

describeEachDatabase('certificate verification rate limit', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(kind, { env: { VERIFY_RATE_LIMIT: '3' } });
  });
  afterAll(() => app.cleanup());

  it('answers 429 with Retry-After once an address has checked too many codes, page and JSON alike', async () => {
    const code = 'ABCD-EFGH-JKMN-PQRS-T';
    const from = (remoteAddress: string, url: string) => app.inject({ method: 'GET', url, remoteAddress });
    for (let i = 0; i < 3; i++)
      expect((await from('203.0.113.7', `/api/certificates/verify/${code}`)).statusCode).not.toBe(429);
    const limited = await from('203.0.113.7', `/api/certificates/verify/${code}`);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json<{ error: { code: string } }>().error.code).toBe('rate_limited');
    const page = await from('203.0.113.7', `/verify/${code}`);
    expect(page.statusCode).toBe(429);
    expect(page.headers['retry-after']).toBeDefined();
    expect(page.body).toContain('Too many certificate checks');
    // Another address is counted on its own.
    expect((await from('198.51.100.4', `/api/certificates/verify/${code}`)).statusCode).toBe(400);
  });

  it('tells when to try again the same way in the header and the body: seconds until the window ends', async () => {
    const url = '/api/certificates/verify/ABCD-EFGH-JKMN-PQRS-T';
    const from = () => app.inject({ method: 'GET', url, remoteAddress: '192.0.2.44' });
    for (let i = 0; i < 3; i++) expect((await from()).statusCode).not.toBe(429);
    const limited = await from();
    expect(limited.statusCode).toBe(429);
    const seconds = Number(limited.headers['retry-after']);
    expect(seconds).toBeGreaterThan(verifyWindowSeconds - 60);
    expect(seconds).toBeLessThanOrEqual(verifyWindowSeconds);
    expect(limited.json()).toEqual({
      error: {
        code: 'rate_limited',
        message: `Too many certificate checks from this address; try again in ${Math.ceil(seconds / 60)} minute(s)`,
        details: { retryAfterSeconds: seconds },
      },
      requestId: expect.any(String) as unknown,
    });
  });
});
