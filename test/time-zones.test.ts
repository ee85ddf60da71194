// A member's time zone: guessed from the postal code, editable and validated, and used for the
// date on their letters and the hour their follow-up digest goes out.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Letter } from '../src/contracts/letters.ts';
import type { Profile } from '../src/contracts/profile.ts';
import { guessTimeZone } from '../src/server/lib/zone-guess.ts';
import { letterPrintOf, type Sender } from '../src/server/modules/letters/letter-composer.ts';
import { sendFollowUpDigests } from '../src/server/modules/contacts/follow-ups.service.ts';
import { asMember } from './support/members.ts';
import { addContact, fullProfile, member, type ErrorBody } from './support/letters.ts';
import { createTestApp, describeEachDatabase, type TestApp } from './support/test-app.ts';
import { contacts, mailOutbox } from '../src/server/db/schema/index.ts';
import { createMailer } from '../src/server/modules/mail/mail.service.ts';

it('guesses a zone from a US ZIP or a Canadian postal code, and none from an unknown one', () => {
  expect(guessTimeZone('90210')).toBe('America/Los_Angeles');
  expect(guessTimeZone('02108')).toBe('America/New_York');
  expect(guessTimeZone('85004')).toBe('America/Phoenix');
  expect(guessTimeZone('M5V 2T6')).toBe('America/Toronto');
  expect(guessTimeZone('V6B 1A1')).toBe('America/Vancouver');
  expect(guessTimeZone('00000')).toBeNull();
});

it('dates a letter on the sender’s own calendar around UTC midnight', () => {
  const senderIn = (timeZone: string | null) =>
    ({
      letterhead: { name: 'M', practiceName: '', street: '', contactLine: '', logoFile: null },
      profile: { displayName: 'M', credentials: [], practiceName: '', timeZone } as unknown as Profile,
    }) satisfies Sender;
  const letter = {
    recipientName: 'Dr. Patel',
    salutation: 'Dear Dr. Patel,',
    subject: 'Hello',
    body: 'Hi',
    address: null,
    date: new Date('2026-12-05T23:30:00Z'),
  };
  expect(letterPrintOf(senderIn('Pacific/Auckland'), letter).date).toBe('December 6, 2026');
  expect(letterPrintOf(senderIn('America/Los_Angeles'), letter).date).toBe('December 5, 2026');
  expect(letterPrintOf(senderIn(null), letter).date).toBe('December 5, 2026');
});

describeEachDatabase('member time zones', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(kind);
  });
  afterAll(() => app.cleanup());

  const put = (cookie: string, payload: Record<string, unknown>) =>
    app.inject({ method: 'PUT', url: '/api/me/profile', headers: asMember(cookie), payload });

  it('guesses the zone when the postal code is set, keeps the member’s choice, and refuses an unknown zone naming Time zone', async () => {
    const { cookie } = await member(app, 'Zoe Zone', {
      ...fullProfile,
      displayName: 'Zoe Zone',
      postalCode: '90210',
      country: 'US',
    });
    expect((await app.inject({ url: '/api/me/profile', headers: asMember(cookie) })).json<Profile>().timeZone).toBe(
      'America/Los_Angeles',
    );
    expect((await put(cookie, { timeZone: 'Pacific/Auckland' })).json<Profile>().timeZone).toBe('Pacific/Auckland');
    // Saving the same place again does not undo the choice.
    expect(
      (await put(cookie, { postalCode: '90210', country: 'US', timeZone: 'Pacific/Auckland' })).json<Profile>()
        .timeZone,
    ).toBe('Pacific/Auckland');
    expect((await put(cookie, { postalCode: 'M5V 2T6', country: 'CA' })).json<Profile>().timeZone).toBe(
      'America/Toronto',
    );
    const wrong = await put(cookie, { timeZone: 'Mars/Olympus_Mons' });
    expect(wrong.statusCode).toBe(400);
    const body = wrong.json<ErrorBody>();
    expect(body.error.details?.[0]).toMatchObject({ field: 'timeZone' });
    expect(JSON.stringify(body)).toContain('Time zone');
    expect((await put(cookie, { timeZone: null })).json<Profile>().timeZone).toBeNull();
  });

  it('dates each member’s letter in their own zone', async () => {
    for (const [name, timeZone] of [
      ['Ana Auckland', 'Pacific/Auckland'],
      ['Lou Angeles', 'America/Los_Angeles'],
    ] as const) {
      const sender = await member(app, name, { ...fullProfile, displayName: name, timeZone });
      const contactId = await addContact(app, sender.userId, { name: 'Dr. Patel', profession: 'chiropractor' });
      const letter = (
        await app.inject({
          method: 'POST',
          url: '/api/letters',
          headers: asMember(sender.cookie),
          payload: { contactId },
        })
      ).json<Letter>();
      const before = new Date();
      const page = (await app.inject({ url: `/api/letters/${letter.id}/print`, headers: asMember(sender.cookie) }))
        .body;
      const after = new Date();
      const onTheirCalendar = (at: Date) => at.toLocaleDateString('en-US', { dateStyle: 'long', timeZone });
      // The request may straddle midnight in the zone: either side is that member's day.
      expect([onTheirCalendar(before), onTheirCalendar(after)]).toContain(
        /<p class="date">([^<]+)<\/p>/.exec(page)?.[1],
      );
    }
  });

  it('sends the follow-up digest from 08:00 on each member’s clock, for their own day', async () => {
    // No transport: the outbox keeps what would have gone out.
    const mailer = createMailer(app.database.db, null, app.log);
    const due = async (name: string, timeZone: string | null, followUpOn: string) => {
      const who = await member(app, name, { ...fullProfile, displayName: name, timeZone });
      await app.database.db
        .insert(contacts)
        .values({ ownerUserId: who.userId, name: `${name}'s contact`, profession: 'dentist', followUpOn });
    };
    await due('Niko Auckland', 'Pacific/Auckland', '2031-05-21');
    await due('Lena Angeles', 'America/Los_Angeles', '2031-05-20');
    const to = async (name: string) =>
      (await app.database.db.select({ text: mailOutbox.text, subject: mailOutbox.subject }).from(mailOutbox)).filter(
        (mail) => mail.subject.startsWith('Follow up with') && mail.text.includes(`Hello ${name}`),
      );
    // 14:00 UTC: 02:00 on 21 May in Auckland, 07:00 on 20 May in Los Angeles — nobody's morning yet.
    expect(
      await sendFollowUpDigests(app.database.db, mailer, app.config.publicUrl, new Date('2031-05-20T14:00:00Z'), 8),
    ).toBe(0);
    // 20:00 UTC: 08:00 on 21 May in Auckland (their contact is due that day), 13:00 on 20 May in Los Angeles.
    expect(
      await sendFollowUpDigests(app.database.db, mailer, app.config.publicUrl, new Date('2031-05-20T20:00:00Z'), 8),
    ).toBe(2);
    expect(await to('Niko Auckland')).toHaveLength(1);
    expect(await to('Lena Angeles')).toHaveLength(1);
  });
});
