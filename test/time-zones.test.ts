// A member's time zone: guessed from the postal code, editable and validated, and used for the
// date on their letters, the hour their follow-up and weekly digests go out, the days of their
// away periods, when their clients' consents expire and how many days ago a referral was sent.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Letter } from '../src/contracts/letters.ts';
import type { Profile } from '../src/contracts/profile.ts';
import { guessTimeZone } from '../src/server/lib/zone-guess.ts';
import { letterPrintOf, type Sender } from '../src/server/modules/letters/letter-composer.ts';
import { sendFollowUpDigests } from '../src/server/modules/contacts/follow-ups.service.ts';
import { asMember } from './support/members.ts';
import { addContact, fullProfile, member, type ErrorBody } from './support/letters.ts';
import { createTestApp, describeEachDatabase, type TestApp } from './support/test-app.ts';
import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../src/server/context.ts';
import type { Consent } from '../src/contracts/clients.ts';
import type { Notification } from '../src/contracts/notifications.ts';
import { calendarDay } from '../src/contracts/time.ts';
import { addDays } from '../src/server/lib/time.ts';
import {
  awayPeriods,
  contacts,
  mailOutbox,
  notificationDigests,
  notifications,
  referrals,
  user,
} from '../src/server/db/schema/index.ts';
import { createMailer } from '../src/server/modules/mail/mail.service.ts';
import { sendWeeklyDigests } from '../src/server/modules/notifications/notification-digest.service.ts';
import { digestHour } from '../src/server/modules/notifications/notification-email.schedule.ts';
import { sendReferralReminders } from '../src/server/modules/referrals/referral-reminders.ts';
import { listMember, type Listed } from './support/listed-members.ts';
import { addClient, addConsent, call, refer, referralBody, referralScene, reminderDeps } from './support/referrals.ts';

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

  const userIdOf = async (who: Listed) =>
    (await app.database.db.select({ id: user.id }).from(user).where(eq(user.email, who.email)))[0]!.id;
  const inZone = (name: string, timeZone: string) => listMember(app, { displayName: name, timeZone });

  it('sends the weekly digest from Monday 08:00 on each member’s clock, for their own week', async () => {
    const kiri = await inZone('Kiri Digest', 'Pacific/Auckland'); // UTC+12 in May
    const lou = await inZone('Lou Digest', 'America/Los_Angeles'); // UTC−7 in May
    const sent: string[] = [];
    const deps = {
      db: app.database.db,
      publicUrl: app.config.publicUrl,
      mailer: {
        send: async (mail: { to: string; subject: string }) => String(sent.push(`${mail.to} ${mail.subject}`)),
      },
    };
    for (const who of [kiri, lou]) {
      const userId = await userIdOf(who);
      await app.services.notifications.notifications.notify({
        userId,
        kind: 'referral.accepted',
        actor: 'Dr. Ben Carter',
        subject: { type: 'referral', id: `digest-${who.slug}` },
      });
      // Last week's digest went out; this week's notice came on Saturday.
      await app.database.db.insert(notificationDigests).values({ userId, week: '2031-W20' });
    }
    await app.database.db
      .update(notifications)
      .set({ createdAt: new Date('2031-05-17T12:00:00Z') })
      .where(sql`${notifications.subject} like 'referral:digest-%'`);
    const digestsAt = async (at: string) => {
      sent.length = 0;
      await sendWeeklyDigests(deps, new Date(at), digestHour);
      return sent.filter((line) => line.startsWith(kiri.email) || line.startsWith(lou.email));
    };
    // Sunday 19:00 UTC: Monday 07:00 in Auckland, Sunday noon in Los Angeles.
    expect(await digestsAt('2031-05-18T19:00:00Z')).toEqual([]);
    // Sunday 20:00 UTC: Monday 08:00 in Auckland (still Sunday, week 20, on a UTC clock).
    expect(await digestsAt('2031-05-18T20:00:00Z')).toEqual([`${kiri.email} Your week on Kneadwork (2031-W21)`]);
    // Monday 08:00 UTC: 01:00 in Los Angeles.
    expect(await digestsAt('2031-05-19T08:00:00Z')).toEqual([]);
    // Monday 15:00 UTC: 08:00 in Los Angeles; once.
    expect(await digestsAt('2031-05-19T15:00:00Z')).toEqual([`${lou.email} Your week on Kneadwork (2031-W21)`]);
    expect(await digestsAt('2031-05-19T15:15:00Z')).toEqual([]);
  });

  it('starts and ends an away period on the away member’s calendar, for whoever looks', async () => {
    const ana = await inZone('Ana Away', 'Pacific/Auckland');
    const lou = await inZone('Lou Away', 'America/Los_Angeles');
    const [anaId, louId] = [await userIdOf(ana), await userIdOf(lou)];
    await app.database.db.insert(awayPeriods).values([
      { userId: anaId, reason: 'vacation', startsOn: '2031-05-20', endsOn: '2031-05-22' },
      { userId: louId, reason: 'vacation', startsOn: '2031-05-20', endsOn: '2031-05-22' },
    ]);
    const { away, banners } = app.services.cover;
    const awayAt = async (at: string) => [...(await away.awayUserIds([anaId, louId], new Date(at)))].sort();
    // 12:30 UTC on 19 May: already 20 May in Auckland, still 19 May in Los Angeles.
    expect(await awayAt('2031-05-19T12:30:00Z')).toEqual([anaId]);
    expect(await banners.forUser(anaId, true, new Date('2031-05-19T12:30:00Z'))).toMatchObject({ until: '2031-05-22' });
    // 03:00 UTC on 23 May: over in Auckland, still 22 May (the last day) in Los Angeles.
    expect(await awayAt('2031-05-23T03:00:00Z')).toEqual([louId]);
    expect(await banners.bySlug([ana.slug, lou.slug], false, new Date('2031-05-23T03:00:00Z'))).toEqual(
      new Map([[lou.slug, { until: '2031-05-22', message: '', coveredBy: [] }]]),
    );
  });

  it('keeps a consent through its last day on the clock of the member who recorded it', async () => {
    // Kiritimati (UTC+14) and Pago Pago (UTC−11): at any hour, one of them is not on UTC's day.
    for (const [name, timeZone] of [
      ['Tia Kiritimati', 'Pacific/Kiritimati'],
      ['Paul Pago', 'Pacific/Pago_Pago'],
    ] as const) {
      const owner = await inZone(name, timeZone);
      const clientId = await addClient(app, owner, `${name}'s client`);
      const today = calendarDay(timeZone);
      const givenAt = new Date(Date.now() - 3 * 86_400_000).toISOString();
      const lastDayToday = await addConsent(app, owner, clientId, { expiresOn: today, givenAt });
      const lastDayYesterday = await addConsent(app, owner, clientId, { expiresOn: addDays(today, -1), givenAt });
      const listed = (await call(app, owner, 'GET', `/api/clients/${clientId}/consents`)).json<{ items: Consent[] }>()
        .items;
      const statusOf = (id: string) => listed.find((consent) => consent.id === id)?.status;
      expect([name, statusOf(lastDayToday)]).toEqual([name, 'active']);
      expect([name, statusOf(lastDayYesterday)]).toEqual([name, 'expired']);
      const clients = (await call(app, owner, 'GET', '/api/clients')).json<{
        items: { id: string; activeConsents: number }[];
      }>().items;
      expect([name, clients.find((client) => client.id === clientId)?.activeConsents]).toEqual([name, 1]);
    }
  });

  it('counts "sent N days ago" in a referral reminder on the calendar of the member told', async () => {
    const { maria, chiro, clientId, consentId } = await referralScene(app);
    // Maria is in Boston (America/New_York, from her postal code); Ben moves to Auckland.
    await call(app, chiro, 'PUT', '/api/me/profile', { timeZone: 'Pacific/Auckland' });
    const sent = await refer(app, maria, referralBody(clientId, consentId, { toMemberSlug: chiro.slug }));
    // Sent at 23:30 on 20 May in Auckland (07:30 in Boston); reminded 72½ hours later, at
    // midnight starting 24 May in Auckland (08:00 on 23 May in Boston).
    await app.database.db
      .update(referrals)
      .set({ createdAt: new Date('2031-05-20T11:30:00Z') })
      .where(eq(referrals.id, sent.id));
    const context = { db: app.database.db, config: app.config } as unknown as AppContext;
    expect(await sendReferralReminders(context, reminderDeps(app), new Date('2031-05-23T12:00:00Z'))).toBe(1);
    const noticeOf = async (who: Listed, kind: string) =>
      (await call(app, who, 'GET', '/api/notifications'))
        .json<{ items: Notification[] }>()
        .items.find((notice) => notice.kind === kind && notice.link.endsWith(sent.id));
    expect((await noticeOf(chiro, 'referral.reminder'))?.body).toContain('4 days ago');
    expect((await noticeOf(maria, 'referral.unanswered'))?.body).toContain('Sent 3 days ago');
  });
});
