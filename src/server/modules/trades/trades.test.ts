// Treatment trades end to end: propose, counter, accept, schedule each side's session (the
// iCalendar invite arrives at both members through a real SMTP server), both confirm, the ledger
// moves, notes stay private; plus cancellation, no-show and the refusals a member would meet.
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpTransport } from '../../lib/mail-transport.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { signUp } from '../../../../test/support/members.ts';
import { startSmtpServer } from '../../../../test/support/smtp.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';
import { ledgerOf, move, moved, propose, reasonOf, tradeCall, tradeOf } from '../../../../test/support/trades.ts';

const swedish = { service: 'Swedish massage', minutes: 60 };
const sports = { service: 'Sports massage', minutes: 45 };

const calendarOf = (mail: ParsedMail) => {
  const file = mail.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'));
  expect(file, 'a text/calendar attachment').toBeDefined();
  // Unfold RFC 5545 continuation lines before reading properties.
  return file!.content.toString('utf8').replace(/\r\n[ \t]/g, '');
};
const property = (ics: string, name: string) =>
  ics.split('\r\n').filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));

describeEachDatabase('treatment trades', (kind) => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let maria: Listed;
  let sam: Listed;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await createTestApp(kind, {
      env: { SMTP_URL: smtp.url },
      mailTransport: smtpTransport(smtp.url, 'Kneadwork <no-reply@kneadwork.test>'),
    });
    maria = await listMember(app, { displayName: 'Maria Alvarez', postalCode: '02116', country: 'US' });
    sam = await listMember(app, { displayName: 'Sam Okafor', postalCode: '02139', country: 'US' });
  });
  afterAll(async () => {
    await app?.cleanup();
    await smtp?.close();
  });

  it('goes from proposal through a counter, invites and both confirmations to a balanced ledger', async () => {
    const proposed = await propose(app, maria, sam, swedish, sports, 'Would love to learn your stretching');
    expect(proposed).toMatchObject({
      status: 'proposed',
      role: 'proposer',
      awaiting: 'partner',
      give: swedish,
      receive: sports,
      partner: { slug: sam.slug, name: 'Sam Okafor' },
    });
    expect(await tradeOf(app, sam, proposed.id)).toMatchObject({
      role: 'partner',
      awaiting: 'me',
      give: sports,
      receive: swedish,
    });
    const notices = (await tradeCall(app, sam, 'GET', '/api/notifications')).json<{
      items: { kind: string; link: string }[];
    }>().items;
    expect(notices).toContainEqual(
      expect.objectContaining({ kind: 'trade.proposed', link: `/app/trades/${proposed.id}` }),
    );

    // Sam counters with his own terms (his side: he gives 30 min of sports massage for 60 min).
    const countered = await moved(app, sam, proposed.id, {
      to: 'countered',
      give: { service: 'Sports massage', minutes: 30 },
      receive: swedish,
    });
    expect(countered).toMatchObject({ status: 'countered', awaiting: 'partner', counters: 1 });
    const sams = await move(app, sam, proposed.id, { to: 'accepted' });
    expect(sams.statusCode).toBe(409);
    expect(reasonOf(sams)).toBe('not_your_turn');

    const accepted = await moved(app, maria, proposed.id, { to: 'accepted' });
    expect(accepted).toMatchObject({
      status: 'accepted',
      awaiting: null,
      give: swedish,
      receive: { service: 'Sports massage', minutes: 30 },
    });
    expect(accepted.sessions.map((session) => [session.side, session.status, session.minutes])).toEqual([
      ['mine', 'unscheduled', 60],
      ['theirs', 'unscheduled', 30],
    ]);

    // Maria schedules her session: 3 pm in Boston (UTC−5) is 20:00 UTC.
    const scheduled = await moved(app, maria, proposed.id, {
      to: 'scheduled',
      session: 'mine',
      startsAt: '2025-03-04T15:00:00-05:00',
      location: '12 Beacon St, Boston',
    });
    const mySession = scheduled.sessions.find((session) => session.side === 'mine')!;
    expect(mySession).toMatchObject({
      status: 'scheduled',
      startsAt: '2025-03-04T20:00:00.000Z',
      endsAt: '2025-03-04T21:00:00.000Z',
      location: '12 Beacon St, Boston',
    });
    const isInvite = (mail: ParsedMail) =>
      mail.attachments.some((file) => file.content.toString('utf8').includes(mySession.id));
    for (const member of [maria, sam]) {
      const ics = calendarOf(await smtp.waitFor(member.email, isInvite));
      expect(property(ics, 'METHOD')).toEqual(['METHOD:REQUEST']);
      expect(property(ics, 'DTSTART')).toEqual(['DTSTART:20250304T200000Z']);
      expect(property(ics, 'DTEND')).toEqual(['DTEND:20250304T210000Z']);
      expect(property(ics, 'UID')[0]).toContain(mySession.id);
      expect(property(ics, 'ORGANIZER')[0]!.toLowerCase()).toContain(`mailto:${maria.email}`);
      const attendees = property(ics, 'ATTENDEE').join('\n').toLowerCase();
      expect(property(ics, 'ATTENDEE')).toHaveLength(2);
      expect(attendees).toContain(`mailto:${maria.email}`);
      expect(attendees).toContain(`mailto:${sam.email}`);
      expect(property(ics, 'LOCATION')[0]).toContain('Beacon St');
    }

    // Moving the session sends an update with the same UID and a higher SEQUENCE.
    await moved(app, sam, proposed.id, { to: 'scheduled', session: 'theirs', startsAt: '2025-03-05T14:00:00Z' });
    const update = calendarOf(
      await smtp.waitFor(
        sam.email,
        (mail) =>
          isInvite(mail) && mail.attachments.some((file) => file.content.toString('utf8').includes('20250305T140000Z')),
      ),
    );
    expect(property(update, 'UID')[0]).toContain(mySession.id);
    expect(property(update, 'SEQUENCE')).toEqual(['SEQUENCE:1']);

    // A session may also be named by its provider's profile slug; a stranger's slug is a 400.
    expect(
      (
        await move(app, sam, proposed.id, {
          to: 'scheduled',
          session: 'someone-else',
          startsAt: '2025-03-06T16:30:00Z',
        })
      ).statusCode,
    ).toBe(400);
    await moved(app, maria, proposed.id, { to: 'scheduled', session: sam.slug, startsAt: '2025-03-06T16:30:00Z' });

    // One confirmation is not a completion; the ledger stays empty until both sides confirm.
    const halfway = await moved(app, sam, proposed.id, { to: 'completed', session: 'theirs' });
    expect(halfway.sessions.find((session) => session.side === 'theirs')).toMatchObject({
      status: 'scheduled',
      confirmedByMe: true,
      confirmedByPartner: false,
    });
    expect((await ledgerOf(app, maria)).partners).toEqual([]);
    expect(reasonOf(await move(app, sam, proposed.id, { to: 'completed', session: 'theirs' }))).toBe(
      'already_confirmed',
    );

    const first = await moved(app, maria, proposed.id, { to: 'completed', session: 'mine' });
    expect(first.status).toBe('scheduled');
    expect(first.sessions.find((session) => session.side === 'mine')).toMatchObject({
      status: 'completed',
      confirmedByMe: true,
      confirmedByPartner: true,
    });
    expect((await ledgerOf(app, maria)).partners).toMatchObject([
      {
        partner: { slug: sam.slug },
        balance: 60,
        theyOweMe: 60,
        iOweThem: 0,
        history: [{ minutes: 60, service: 'Swedish massage' }],
      },
    ]);
    expect((await ledgerOf(app, sam)).partners).toMatchObject([
      { partner: { slug: maria.slug }, balance: -60, theyOweMe: 0, iOweThem: 60 },
    ]);

    // Both confirm Sam's session at once: one completion, one pair of ledger rows.
    const both = await Promise.all([
      move(app, sam, proposed.id, { to: 'completed', session: 'mine' }),
      move(app, maria, proposed.id, { to: 'completed', session: 'theirs' }),
    ]);
    expect(both.map((response) => response.statusCode)).toEqual([200, 200]);
    const done = await tradeOf(app, maria, proposed.id);
    expect(done.status).toBe('completed');
    expect(done.sessions.map((session) => session.status)).toEqual(['completed', 'completed']);
    const ledger = await ledgerOf(app, maria);
    expect(ledger.partners).toHaveLength(1);
    expect(ledger.partners[0]).toMatchObject({ balance: 30, theyOweMe: 30 });
    expect(ledger.partners[0]!.history.map((entry) => entry.minutes)).toEqual([60, -30]);

    const late = await move(app, sam, proposed.id, { to: 'cancelled', reason: 'Changed my mind' });
    expect(late.statusCode).toBe(409);
  });

  it('keeps private notes to their author and shows shared feedback to the other party', async () => {
    const trade = await propose(app, maria, sam, swedish, sports);
    const early = await tradeCall(app, maria, 'POST', `/api/trades/${trade.id}/notes`, { privateNote: 'Too early' });
    expect(early.statusCode).toBe(409);
    await moved(app, sam, trade.id, { to: 'accepted' });
    await moved(app, maria, trade.id, { to: 'scheduled', session: 'theirs', startsAt: '2025-04-01T10:00:00Z' });
    await moved(app, maria, trade.id, { to: 'completed', session: 'theirs' });
    await moved(app, sam, trade.id, { to: 'completed', session: 'mine' });

    const saved = await tradeCall(app, maria, 'POST', `/api/trades/${trade.id}/notes`, {
      privateNote: 'Refer runners with IT-band pain to Sam',
      sharedFeedback: 'Great pressure, clear explanations',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    await tradeCall(app, maria, 'POST', `/api/trades/${trade.id}/notes`, {
      sharedFeedback: 'Great pressure and clear explanations',
    });
    const mine = await tradeOf(app, maria, trade.id);
    expect(mine.myNotes).toEqual({
      privateNote: 'Refer runners with IT-band pain to Sam',
      sharedFeedback: 'Great pressure and clear explanations',
    });
    const his = await tradeCall(app, sam, 'GET', `/api/trades/${trade.id}`);
    expect(his.json()).toMatchObject({
      feedbackFromPartner: 'Great pressure and clear explanations',
      myNotes: { privateNote: '', sharedFeedback: '' },
    });
    expect(his.body).not.toContain('IT-band');
    expect((await tradeCall(app, sam, 'GET', '/api/trades')).body).not.toContain('IT-band');
    const empty = await tradeCall(app, maria, 'POST', `/api/trades/${trade.id}/notes`, {});
    expect(empty.statusCode).toBe(400);
  });

  it('shows a proposer who never opened their profile by name, as every member is shown (their card)', async () => {
    const newcomer = await signUp(app, 'Nadia Rossi');
    const trade = await propose(app, { ...newcomer, name: 'Nadia Rossi', slug: '' }, sam, swedish, sports);
    const seenBySam = await tradeOf(app, sam, trade.id);
    expect(seenBySam.partner.name).toBe('Nadia Rossi');
    expect(seenBySam.partner.slug).toMatch(/^nadia-rossi/);
  });

  it('cancels only with a reason, which the partner sees', async () => {
    const trade = await propose(app, sam, maria, sports, swedish);
    const bare = await move(app, maria, trade.id, { to: 'cancelled' });
    expect(bare.statusCode).toBe(400);
    expect(
      bare.json<{ error: { details: { field: string }[] } }>().error.details.map((detail) => detail.field),
    ).toContain('reason');
    const blank = await move(app, maria, trade.id, { to: 'cancelled', reason: '   ' });
    expect(blank.statusCode).toBe(400);
    expect((await tradeOf(app, sam, trade.id)).status).toBe('proposed');

    await moved(app, maria, trade.id, { to: 'accepted' });
    await moved(app, maria, trade.id, { to: 'cancelled', reason: 'Moving out of town' });
    expect(await tradeOf(app, sam, trade.id)).toMatchObject({
      status: 'cancelled',
      closedReason: 'Moving out of town',
      closedBy: 'partner',
    });
    expect((await tradeOf(app, sam, trade.id)).sessions.map((session) => session.status)).toEqual([
      'cancelled',
      'cancelled',
    ]);
    for (const body of [
      { to: 'accepted' },
      { to: 'scheduled', session: 'mine', startsAt: '2025-01-01T10:00:00Z' },
      { to: 'cancelled', reason: 'again' },
    ]) {
      expect((await move(app, sam, trade.id, body)).statusCode).toBe(409);
    }
  });

  it('records a no-show against the member who did not come, with nothing in the ledger', async () => {
    const before = await ledgerOf(app, maria);
    const trade = await propose(app, maria, sam, swedish, sports);
    await moved(app, sam, trade.id, { to: 'accepted' });
    await moved(app, maria, trade.id, { to: 'scheduled', session: 'theirs', startsAt: '2025-05-01T09:00:00Z' });
    expect(reasonOf(await move(app, maria, trade.id, { to: 'no-show', session: 'mine' }))).toBe(
      'session_not_scheduled',
    );

    const recorded = await moved(app, maria, trade.id, { to: 'no-show', session: 'theirs' });
    expect(recorded.sessions.find((session) => session.side === 'theirs')).toMatchObject({
      status: 'no-show',
      noShow: 'partner',
    });
    expect((await tradeOf(app, sam, trade.id)).sessions.find((session) => session.side === 'mine')).toMatchObject({
      status: 'no-show',
      noShow: 'me',
    });
    expect((await move(app, sam, trade.id, { to: 'completed', session: 'mine' })).statusCode).toBe(409);
    expect(await ledgerOf(app, maria)).toEqual(before);

    // The other session can still happen; then the trade is over.
    await moved(app, sam, trade.id, { to: 'scheduled', session: 'theirs', startsAt: '2025-05-02T09:00:00Z' });
    await moved(app, sam, trade.id, { to: 'completed', session: 'theirs' });
    expect((await moved(app, maria, trade.id, { to: 'completed', session: 'mine' })).status).toBe('completed');
  });

  describe('refusals', () => {
    it('answers the proposal form field by field', async () => {
      const hidden = await listMember(app, { displayName: 'Hidden Harper', visibility: 'hidden' });
      const cases: [Record<string, unknown>, number, string][] = [
        [{ toMemberSlug: sam.slug, give: { ...swedish, minutes: 10 }, receive: sports }, 400, 'give.minutes'],
        [{ toMemberSlug: sam.slug, give: swedish, receive: { ...sports, minutes: 181 } }, 400, 'receive.minutes'],
        [{ toMemberSlug: sam.slug, give: { ...swedish, service: '' }, receive: sports }, 400, 'give.service'],
        [{ toMemberSlug: maria.slug, give: swedish, receive: sports }, 400, 'toMemberSlug'],
        [{ toMemberSlug: hidden.slug, give: swedish, receive: sports }, 404, 'toMemberSlug'],
        [{ toMemberSlug: 'nobody-by-that-name', give: swedish, receive: sports }, 404, 'toMemberSlug'],
      ];
      for (const [body, status, field] of cases) {
        const response = await tradeCall(app, maria, 'POST', '/api/trades', body);
        expect(response.statusCode, JSON.stringify(body)).toBe(status);
        expect(
          response.json<{ error: { details: { field: string }[] } }>().error.details.map((detail) => detail.field),
        ).toContain(field);
      }
      expect((await tradeCall(app, hidden, 'GET', '/api/trades')).json()).toEqual({ items: [] });
    });

    it('lets only the member whose turn it is answer, and refuses impossible steps with 409', async () => {
      const trade = await propose(app, maria, sam, swedish, sports);
      expect(reasonOf(await move(app, maria, trade.id, { to: 'declined' }))).toBe('not_your_turn');
      expect(
        reasonOf(
          await move(app, maria, trade.id, { to: 'scheduled', session: 'mine', startsAt: '2025-01-01T10:00:00Z' }),
        ),
      ).toBe('not_agreed');
      expect(
        (await move(app, sam, trade.id, { to: 'scheduled', session: 'mine', startsAt: 'tomorrow' })).statusCode,
      ).toBe(400);
      expect((await move(app, sam, trade.id, { to: 'paid' })).statusCode).toBe(400);
      expect(await moved(app, sam, trade.id, { to: 'declined', reason: 'Fully booked this season' })).toMatchObject({
        status: 'declined',
        closedReason: 'Fully booked this season',
        closedBy: 'me',
      });
      expect((await move(app, sam, trade.id, { to: 'accepted' })).statusCode).toBe(409);
      expect((await move(app, maria, trade.id, { to: 'cancelled', reason: 'x' })).statusCode).toBe(409);
    });

    it('accepts a proposal once when both answers race', async () => {
      const trade = await propose(app, maria, sam, swedish, sports);
      const answers = await Promise.all([
        move(app, sam, trade.id, { to: 'accepted' }),
        move(app, sam, trade.id, { to: 'accepted' }),
      ]);
      expect(answers.map((response) => response.statusCode).sort()).toEqual([200, 409]);
      expect((await tradeOf(app, maria, trade.id)).sessions).toHaveLength(2);
    });
  });
});
