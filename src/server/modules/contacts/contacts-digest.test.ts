// The daily follow-up digest, received on a real SMTP server: one message per member listing what
// is due today or overdue, with links; never twice for a day, even from two instances at once.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Contact } from '../../../contracts/contacts.ts';
import { smtpTransport } from '../../lib/mail-transport.ts';
import { sendFollowUpDigests } from './follow-ups.service.ts';
import { createMailer } from '../mail/mail.service.ts';
import { asMember, signUp } from '../../../../test/support/members.ts';
import { startSmtpServer } from '../../../../test/support/smtp.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

const publicUrl = 'https://kneadwork.example';
const now = new Date('2031-05-20T13:00:00Z');
const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

describeEachDatabase('follow-up digest', (kind) => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let mailer: ReturnType<typeof createMailer>;
  const due: Record<string, Contact> = {};
  const to = (address: string) => smtp.received.filter((mail) => JSON.stringify(mail.to).includes(address));

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await createTestApp(kind);
    mailer = createMailer(app.database.db, smtpTransport(smtp.url, 'Kneadwork <no-reply@kneadwork.test>'), app.log);
    const maria = (await signUp(app, 'Maria Alvarez', 'maria.digest@example.com')).cookie;
    const lee = (await signUp(app, 'Lee Chen', 'lee.digest@example.com')).cookie;
    const quiet = (await signUp(app, 'Quinn Quiet', 'quinn.digest@example.com')).cookie;
    const add = async (cookie: string, payload: Record<string, unknown>) =>
      (await app.inject({ method: 'POST', url: '/api/contacts', headers: asMember(cookie), payload })).json<Contact>();
    due.overdue = await add(maria, {
      name: 'Olga Overdue',
      profession: 'dentist',
      organisation: 'Smile Co',
      followUpOn: day(-2),
      followUpNote: 'Send the letter',
    });
    due.today = await add(maria, { name: 'Tara Today', profession: 'lawyer', followUpOn: day(0) });
    due.tomorrow = await add(maria, { name: 'Tom Tomorrow', profession: 'physician', followUpOn: day(1) });
    await add(maria, { name: 'Nora None', profession: 'other' });
    due.lee = await add(lee, { name: 'Cara Chiro', profession: 'chiropractor', followUpOn: day(0) });
    await add(quiet, { name: 'Far Future', profession: 'chiropractor', followUpOn: day(30) });
  });
  afterAll(async () => {
    await app.cleanup();
    await smtp.close();
  });

  it('sends each member with something due one digest, once, even when two instances run at the same time', async () => {
    const [first, second] = await Promise.all([
      sendFollowUpDigests(app.database.db, mailer, publicUrl, now),
      sendFollowUpDigests(app.database.db, mailer, publicUrl, now),
    ]);
    expect(first + second).toBe(2);
    expect(to('maria.digest@example.com')).toHaveLength(1);
    expect(to('lee.digest@example.com')).toHaveLength(1);
    expect(to('quinn.digest@example.com')).toHaveLength(0);

    const mail = to('maria.digest@example.com')[0]!;
    expect(mail.subject).toBe('2 follow-ups due today');
    const text = mail.text ?? '';
    expect(text).toContain('Hello Maria Alvarez');
    expect(text).toContain(
      `- Olga Overdue (Dentist, Smile Co) — overdue since ${day(-2)}: Send the letter\n  ${publicUrl}/app/contacts/${due.overdue!.id}`,
    );
    expect(text).toContain(`- Tara Today (Lawyer) — today\n  ${publicUrl}/app/contacts/${due.today!.id}`);
    expect(text).not.toContain('Tom Tomorrow');
    expect(text).not.toContain('Nora None');
    expect(to('lee.digest@example.com')[0]!.subject).toBe('Follow up with Cara Chiro today');

    // Later the same day (another tick, a restarted instance): nothing new.
    expect(await sendFollowUpDigests(app.database.db, mailer, publicUrl, new Date(now.getTime() + 3 * 3600_000))).toBe(
      0,
    );
    expect(to('maria.digest@example.com')).toHaveLength(1);
  });

  it('sends again the next day while follow-ups are still due', async () => {
    const tomorrow = new Date(now.getTime() + 86_400_000);
    expect(await sendFollowUpDigests(app.database.db, mailer, publicUrl, tomorrow)).toBe(2);
    const latest = to('maria.digest@example.com').at(-1)!;
    expect(latest.subject).toBe('3 follow-ups due today');
    expect(latest.text).toContain(`- Tom Tomorrow (Physician) — today`);
  });
});
