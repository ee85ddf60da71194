// Issue 8 item 4: only the contact details a member made public appear on what others read —
// letters (PDF and print view), certificates, the profile page, its JSON-LD and the directory.
// The sign-in email is an account detail, never printed in place of a missing public email.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Certificate, Offer } from '../../../contracts/offers.ts';
import { fullProfile, addContact, pdfText } from '../../../../test/support/letters.ts';
import { asMember, signUp } from '../../../../test/support/members.ts';
import { anOffer } from '../../../../test/support/offers.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';

describeEachDatabase('public contact details', (kind) => {
  let app: TestApp;
  let cookie: string;
  let slug: string;
  let contactId: string;
  const signInEmail = 'quiet.signin.address@example.com';

  beforeAll(async () => {
    app = await createTestApp(kind);
    ({ cookie } = await signUp(app, 'Quinn Harper', signInEmail));
    const { publicEmail: _none, ...withoutEmail } = fullProfile;
    const saved = await app.inject({
      method: 'PUT',
      url: '/api/me/profile',
      headers: asMember(cookie),
      payload: { ...withoutEmail, displayName: 'Quinn Harper', visibility: 'public' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    slug = saved.json<{ slug: string }>().slug;
    expect(
      (await app.inject({ method: 'POST', url: '/api/me/onboarding/complete', headers: { cookie, origin } }))
        .statusCode,
    ).toBe(200);
    const session = await app.inject({ url: '/api/auth/get-session', headers: asMember(cookie) });
    contactId = await addContact(app, session.json<{ user: { id: string } }>().user.id, {
      name: 'Dr. Anika Patel, DC',
      profession: 'chiropractor',
      email: 'anika@riverside.example',
    });
  });
  afterAll(() => app.cleanup());

  async function everythingOthersRead() {
    const headers = asMember(cookie);
    const letter = await app.inject({ method: 'POST', url: '/api/letters', headers, payload: { contactId } });
    expect(letter.statusCode, letter.body).toBe(201);
    const { id, body } = letter.json<{ id: string; body: string }>();
    const letterPdf = await app.inject({ url: `/api/letters/${id}/pdf`, headers });
    const printView = await app.inject({ url: `/api/letters/${id}/print`, headers });
    const offer = await app.inject({ method: 'POST', url: '/api/offers', headers, payload: anOffer() });
    const certificate = await app.inject({
      method: 'POST',
      url: `/api/offers/${offer.json<Offer>().id}/certificates`,
      headers,
      payload: { contactId },
    });
    const certificatePdf = await app.inject({
      url: `/api/certificates/${certificate.json<Certificate>().code}/pdf`,
      headers,
    });
    const profilePage = await app.inject({ url: `/p/${slug}` });
    const directoryPage = await app.inject({ url: '/directory?q=Quinn' });
    const directoryApi = await app.inject({ url: '/api/directory?q=Quinn', headers });
    for (const response of [letterPdf, printView, certificatePdf, profilePage, directoryPage, directoryApi])
      expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    expect(profilePage.body).toContain('Quinn Harper');
    return {
      letterBody: body,
      letterPdf: (await pdfText(letterPdf.rawPayload)).text,
      printView: printView.body,
      certificatePdf: (await pdfText(certificatePdf.rawPayload)).text,
      profilePage: profilePage.body,
      directory: directoryPage.body + directoryApi.body,
    };
  }

  it('never prints the sign-in email when the member gave no public email', async () => {
    const read = await everythingOthersRead();
    for (const [where, text] of Object.entries(read)) expect(text, where).not.toContain(signInEmail);
    // The letter still says how to reach the member: by the public phone.
    expect(read.letterBody).toMatch(/You can reach me at \+1\u00a0617\u00a0555\u00a00100\./);
    expect(read.letterBody).not.toMatch(/reach me at (or|\.)/);
  });

  it('prints the public email once the member gives one', async () => {
    const saved = await app.inject({
      method: 'PUT',
      url: '/api/me/profile',
      headers: asMember(cookie),
      payload: { publicEmail: 'hello@quinn.example' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const read = await everythingOthersRead();
    for (const where of ['letterBody', 'letterPdf', 'printView', 'certificatePdf', 'profilePage'] as const)
      expect(read[where], where).toContain('hello@quinn.example');
    for (const [where, text] of Object.entries(read)) expect(text, where).not.toContain(signInEmail);
  });
});
