import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Certificate } from '../../../contracts/offers.ts';
import { addContact, bare, createOffer, errorOf, issueTo, member } from '../../../../test/support/offers.ts';
import type { Listed } from '../../../../test/support/listed-members.ts';
import { readPdf, qrText } from '../../../../test/support/pdf.ts';
import { startSmtpServer } from '../../../../test/support/smtp.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

describeEachDatabase('certificate PDF and email', (kind) => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let maya: Listed;
  let theo: Listed;
  let certificate: Certificate;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    const { smtpTransport } = await import('../../lib/mail-transport.ts');
    app = await createTestApp(kind, { mailTransport: smtpTransport(smtp.url, 'Kneadwork <no-reply@kneadwork.test>') });
    maya = await member(app, 'Maya Printer');
    theo = await member(app, 'Theo Member');
    const offer = await createOffer(app, maya, {
      title: 'Meet my hands',
      terms: 'Book by phone; one visit per person.',
    });
    certificate = await issueTo(app, maya, offer.id, {
      contactId: await addContact(app, maya, { name: 'Dr. Ana Chiropractor', email: 'ana.chiro@example.com' }),
    });
  });
  afterAll(async () => {
    await app.cleanup();
    await smtp.close();
  });

  it('prints one page with the letterhead, recipient, what it is, dates, code, QR and the notice', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/certificates/${certificate.code}/pdf`,
      headers: bare(maya),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain(`certificate-${certificate.displayCode}.pdf`);
    const { pages, text, images } = await readPdf(response.rawPayload);
    expect(pages).toBe(1);
    for (const expected of [
      'Maya Printer',
      'Presented to',
      'Dr. Ana Chiropractor',
      'Meet my hands',
      'Free 30-minute session',
      'Book by phone; one visit per person.',
      certificate.displayCode,
      certificate.verifyUrl,
      'Professional Offer Only — Non-Transferable',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(images.length).toBeGreaterThan(0);
    expect(qrText(images)).toBe(`${app.config.publicUrl}/verify/${certificate.code}`);
  });

  it('emails the PDF to the recipient and reports the delivery', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/certificates/${certificate.code}/send`,
      headers: bare(maya),
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Certificate>().delivery).toEqual({
      status: 'sent',
      sentTo: 'ana.chiro@example.com',
      error: null,
    });
    const mail = await smtp.waitFor('ana.chiro@example.com');
    expect(mail.subject).toContain('Meet my hands');
    expect(mail.text).toContain(certificate.displayCode);
    expect(mail.text).toContain(certificate.verifyUrl);
    expect(mail.text).toContain('Professional Offer Only — Non-Transferable');
    const attachment = mail.attachments.find((file) => file.contentType === 'application/pdf');
    expect(attachment?.filename).toBe(`certificate-${certificate.displayCode}.pdf`);
    expect((await readPdf(attachment!.content)).text).toContain('Dr. Ana Chiropractor');
  });

  it("sends a member's certificate to their account email; refuses a recipient without one", async () => {
    const offer = await createOffer(app, maya, { kind: 'free-gift', description: 'A bottle of massage oil' } as never);
    const forTheo = await issueTo(app, maya, offer.id, { memberSlug: theo.slug });
    expect(
      (await app.inject({ method: 'POST', url: `/api/certificates/${forTheo.code}/send`, headers: bare(maya) }))
        .statusCode,
    ).toBe(200);
    const mail = await smtp.waitFor(
      theo.email,
      (received) => received.subject?.includes('professional offer') ?? false,
    );
    expect(mail.attachments).toHaveLength(1);

    const noEmail = await issueTo(app, maya, offer.id, {
      contactId: await addContact(app, maya, { name: 'No Email' }),
    });
    const refused = await app.inject({
      method: 'POST',
      url: `/api/certificates/${noEmail.code}/send`,
      headers: bare(maya),
    });
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused).details).toMatchObject({ reason: 'no_recipient_email' });
  });
});
