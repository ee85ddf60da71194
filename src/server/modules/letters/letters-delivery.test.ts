// Sending a letter of introduction: by email through a real SMTP server on loopback (with the PDF,
// and a certificate riding along), what a member sees when SMTP fails, and with no SMTP at all.
// A contact becomes "introduced" only once the letter really went.
import { sql } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpTransport } from '../../lib/mail-transport.ts';
import { asMember } from '../../../../test/support/members.ts';
import { startSmtpServer } from '../../../../test/support/smtp.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';
import {
  addContact,
  interactionsOf,
  member,
  pdfText,
  stageOf,
  type ErrorBody,
} from '../../../../test/support/letters.ts';

type Letter = {
  id: string;
  status: string;
  deliveredVia: string | null;
  sentTo: string | null;
  sentAt: string | null;
  lastError: string | null;
  certificateCode: string | null;
  subject: string;
  body: string;
};

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function writeLetter(app: TestApp, cookie: string, contactId: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/letters',
    headers: asMember(cookie),
    payload: { contactId },
  });
  expect(response.statusCode).toBe(201);
  return response.json<Letter>();
}
const send = (app: TestApp, cookie: string, id: string, payload: Record<string, unknown> = {}) =>
  app.inject({ method: 'POST', url: `/api/letters/${id}/send`, headers: asMember(cookie), payload });
const getLetter = async (app: TestApp, cookie: string, id: string) =>
  (await app.inject({ url: `/api/letters/${id}`, headers: { cookie, origin } })).json<Letter>();

describeEachDatabase('letters by email', (kind) => {
  describe('through a real SMTP server', () => {
    let app: TestApp;
    let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
    let maria: { cookie: string; userId: string };
    beforeAll(async () => {
      smtp = await startSmtpServer();
      app = await createTestApp(kind, {
        env: { SMTP_URL: smtp.url },
        mailTransport: smtpTransport(smtp.url, 'Kneadwork <no-reply@kneadwork.test>'),
      });
      maria = await member(app, 'Maria Alvarez');
    });
    afterAll(async () => {
      await app.cleanup();
      await smtp.close();
    });

    const pdfAttachments = (mail: ParsedMail) =>
      mail.attachments.filter((file) => file.contentType === 'application/pdf');

    it('emails the letter with its PDF, then logs the interaction and introduces the contact', async () => {
      const contactId = await addContact(app, maria.userId, {
        name: 'Dr. Anika Patel, DC',
        profession: 'chiropractor',
        email: 'anika@riverside.example',
      });
      const letter = await writeLetter(app, maria.cookie, contactId);
      const response = await send(app, maria.cookie, letter.id);
      expect(response.statusCode).toBe(200);
      expect(response.json<Letter>()).toMatchObject({
        status: 'sent',
        deliveredVia: 'email',
        sentTo: 'anika@riverside.example',
        lastError: null,
      });
      expect(response.json<Letter>().sentAt).not.toBeNull();

      const mail = await smtp.waitFor('anika@riverside.example');
      expect(mail.subject).toBe(letter.subject);
      // A reply reaches the member who wrote, not Kneadwork's sending address.
      expect(mail.replyTo?.text).toBe('maria@backbay.example');
      expect(mail.text).toContain('Dear Dr. Patel,');
      expect(mail.html).toContain('Dear Dr. Patel,');
      const [attachment] = pdfAttachments(mail);
      expect(attachment?.filename).toBe('letter-of-introduction-dr-anika-patel-dc.pdf');
      const { text } = await pdfText(attachment!.content);
      expect(text).toContain('Dear Dr. Patel,');
      const firstParagraph = letter.body.split('\n\n')[0]!;
      expect(text).toContain(firstParagraph.slice(0, 60));
      expect(text).toContain('Muscular Therapy Institute');

      expect(await stageOf(app, contactId)).toBe('introduced');
      expect(await interactionsOf(app, contactId)).toEqual([
        { channel: 'email', summary: `Letter of introduction emailed: ${letter.subject}`, letterId: letter.id },
      ]);

      const again = await send(app, maria.cookie, letter.id);
      expect(again.statusCode).toBe(409);
      const edit = await app.inject({
        method: 'PATCH',
        url: `/api/letters/${letter.id}`,
        headers: asMember(maria.cookie),
        payload: { body: 'Too late' },
      });
      expect(edit.statusCode).toBe(409);
      expect(smtp.received.filter((m) => JSON.stringify(m.to).includes('anika@riverside.example'))).toHaveLength(1);
      expect(await interactionsOf(app, contactId)).toHaveLength(1);
    });

    it('refuses a contact without an email address, naming the field, and keeps the draft', async () => {
      const contactId = await addContact(app, maria.userId, { name: 'Sam Okafor', profession: 'physiotherapist' });
      const letter = await writeLetter(app, maria.cookie, contactId);
      const response = await send(app, maria.cookie, letter.id);
      expect(response.statusCode).toBe(400);
      expect(response.json<ErrorBody>().error.details?.[0]?.field).toBe('email');
      expect((await getLetter(app, maria.cookie, letter.id)).status).toBe('draft');
      expect(await stageOf(app, contactId)).toBe('identified');
    });

    it('lets a certificate ride along: issued for the contact and attached', async () => {
      const offer = await app.inject({
        method: 'POST',
        url: '/api/offers',
        headers: asMember(maria.cookie),
        payload: {
          kind: 'free-session',
          minutes: 30,
          title: 'Free 30-minute session',
          validFrom: isoDay(0),
          validUntil: isoDay(60),
          maxIssued: 10,
        },
      });
      expect(offer.statusCode).toBe(201);
      const contactId = await addContact(app, maria.userId, {
        name: 'Helen Ng MD',
        profession: 'physician',
        email: 'helen@parkview.example',
      });
      const letter = await writeLetter(app, maria.cookie, contactId);
      const response = await send(app, maria.cookie, letter.id, { offerId: offer.json<{ id: string }>().id });
      expect(response.statusCode).toBe(200);
      const sent = response.json<Letter>();
      expect(sent.status).toBe('sent');
      expect(sent.certificateCode).toMatch(/^[0-9A-Z]{17}$/);

      const mail = await smtp.waitFor('helen@parkview.example');
      const files = pdfAttachments(mail);
      expect(files).toHaveLength(2);
      const texts = await Promise.all(files.map(async (file) => (await pdfText(file.content)).text));
      expect(texts.some((text) => text.includes('Dear Dr. Ng,'))).toBe(true);
      expect(texts.some((text) => text.includes('Professional Offer Only') && text.includes('Helen Ng'))).toBe(true);
      const certificate = await app.inject({
        url: `/api/certificates/${sent.certificateCode}`,
        headers: { cookie: maria.cookie, origin },
      });
      expect(certificate.json<{ contactId: string }>().contactId).toBe(contactId);
    });
  });

  describe('when SMTP fails', () => {
    let app: TestApp;
    let maria: { cookie: string; userId: string };
    beforeAll(async () => {
      const refusing = {
        send: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:2525')),
        close: () => {},
      };
      app = await createTestApp(kind, { env: { SMTP_URL: 'smtp://127.0.0.1:2525' }, mailTransport: refusing });
      maria = await member(app, 'Maria Alvarez');
    });
    afterAll(() => app.cleanup());

    it('shows the letter queued with the error, then failed, never sent, and the contact not introduced', async () => {
      const contactId = await addContact(app, maria.userId, {
        name: 'Rachel Stein',
        profession: 'lawyer',
        email: 'rachel@stein.example',
      });
      const letter = await writeLetter(app, maria.cookie, contactId);
      const response = await send(app, maria.cookie, letter.id);
      expect(response.statusCode).toBe(200);
      expect(response.json<Letter>()).toMatchObject({
        status: 'queued',
        sentAt: null,
        lastError: expect.stringContaining('ECONNREFUSED') as string,
      });
      expect(await stageOf(app, contactId)).toBe('identified');
      expect(await interactionsOf(app, contactId)).toEqual([]);
      // Sending again would send it twice once SMTP recovers: the outbox retries it instead.
      expect((await send(app, maria.cookie, letter.id)).statusCode).toBe(409);

      // The retries run out (as the outbox's last attempt would leave it).
      await app.database.db.execute(
        sql`UPDATE mail_outbox SET status = 'failed', attempts = 5 WHERE ref = ${`letter:${letter.id}`}`,
      );
      const failed = await getLetter(app, maria.cookie, letter.id);
      expect(failed).toMatchObject({
        status: 'failed',
        sentAt: null,
        lastError: expect.stringContaining('ECONNREFUSED') as string,
      });
      const listed = (
        await app.inject({ url: '/api/letters?status=failed', headers: { cookie: maria.cookie, origin } })
      ).json<{ items: Letter[] }>();
      expect(listed.items.map((item) => item.id)).toEqual([letter.id]);
      expect(await stageOf(app, contactId)).toBe('identified');
    });
  });

  describe('with no SMTP server configured', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await createTestApp(kind);
    });
    afterAll(() => app.cleanup());

    it('keeps the mail in the dev outbox, says so, and counts it as an introduction', async () => {
      const maria = await member(app, 'Maria Alvarez');
      const contactId = await addContact(app, maria.userId, {
        name: 'Emma Wilson, RMT',
        profession: 'massage-therapist',
        email: 'emma@stillwaters.example',
      });
      const letter = await writeLetter(app, maria.cookie, contactId);
      const response = await send(app, maria.cookie, letter.id);
      expect(response.json<Letter>()).toMatchObject({ status: 'logged', deliveredVia: 'email' });
      expect(await stageOf(app, contactId)).toBe('introduced');
    });
  });
});
