// Circle meetings through the API on both databases: a "second Tuesday" series planned by an
// organizer, expanded with the meeting's own offsets across a clock change; bad rules named by
// field; seats that hold under 200 answers at once, the waiting line moving up in order, and an
// offer near the start; a secret circle's meetings are a 404 to outsiders.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting, Occurrence } from '../../../../contracts/meetings.ts';
import { circleMembers, user } from '../../../db/schema/index.ts';
import type { Actor } from '../../../http/actor.ts';
import { circleCall, joined, startCircle } from '../../../../../test/support/circles.ts';
import { listMember, type Listed } from '../../../../../test/support/listed-members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../../test/support/test-app.ts';

const place = { postalCode: '83702', country: 'US' as const };
const secondTuesday = {
  title: 'Monthly case review',
  start: '2027-02-09T12:00',
  timeZone: 'America/Boise',
  rrule: 'FREQ=MONTHLY;BYDAY=2TU',
  durationMinutes: 90,
  place: { kind: 'address', address: '1010 W Jefferson St, Boise' },
};

describeEachDatabase('circle meetings', (kind) => {
  let app: TestApp;
  let organizer: Listed;
  let member: Listed;
  let outsider: Listed;
  let circleId: string;

  const plan = async (who: Listed, body: object, circle = circleId) =>
    circleCall(app, who, 'POST', `/api/circles/${circle}/meetings`, body);
  const occurrences = async (who: Listed, meeting: Meeting, query = '') =>
    circleCall(app, who, 'GET', `/api/circles/${meeting.circleId}/meetings/${meeting.id}/occurrences${query}`);

  beforeAll(async () => {
    app = await createTestApp(kind);
    organizer = await listMember(app, { displayName: 'Nora Organizer', ...place });
    member = await listMember(app, { displayName: 'Milo Member', ...place });
    outsider = await listMember(app, { displayName: 'Otto Outsider', ...place });
    circleId = (await startCircle(app, organizer, { name: 'Boise Bodywork Circle', postalCode: '83702' })).id;
    await joined(app, member, circleId);
  });
  afterAll(async () => app?.cleanup());

  it('plans a second-Tuesday series and lists it on the meeting’s own clock, across the clock change', async () => {
    const response = await plan(organizer, secondTuesday);
    expect(response.statusCode, response.body).toBe(201);
    const meeting = response.json<Meeting>();
    const listed = await occurrences(member, meeting, '?from=2027-02-01T00:00:00Z&to=2027-05-01T00:00:00Z');
    expect(listed.statusCode, listed.body).toBe(200);
    // Boise is UTC−7 in winter and UTC−6 from 14 March 2027: noon stays noon.
    expect(listed.json<{ items: Occurrence[] }>().items.map((item) => [item.start, item.end])).toEqual([
      ['2027-02-09T12:00:00-07:00', '2027-02-09T13:30:00-07:00'],
      ['2027-03-09T12:00:00-07:00', '2027-03-09T13:30:00-07:00'],
      ['2027-04-13T12:00:00-06:00', '2027-04-13T13:30:00-06:00'],
    ]);
  });

  it('names the field of a bad plan, and only organizers plan', async () => {
    const badRule = await plan(organizer, { ...secondTuesday, rrule: 'FREQ=SECONDLY' });
    expect(badRule.statusCode).toBe(400);
    expect(badRule.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe('rrule');
    const badZone = await plan(organizer, { ...secondTuesday, timeZone: 'Mars/Olympus' });
    expect(badZone.statusCode).toBe(400);
    expect(badZone.body).toMatch(/timeZone/);
    expect((await plan(organizer, { ...secondTuesday, durationMinutes: 0 })).statusCode).toBe(400);
    expect((await plan(member, secondTuesday)).statusCode).toBe(404);
    expect((await plan(outsider, secondTuesday)).statusCode).toBe(404);
  });

  it('answers going and not going for one occurrence; an outsider of a public circle must join first', async () => {
    const meeting = (await plan(organizer, { ...secondTuesday, capacity: 1 })).json<Meeting>();
    const first = meeting.next[0]!;
    const rsvp = (who: Listed, going: boolean) =>
      circleCall(app, who, 'POST', `/api/meetings/${meeting.id}/occurrences/${encodeURIComponent(first)}/rsvp`, {
        going,
      });
    expect((await rsvp(member, true)).json()).toEqual({ status: 'going' });
    expect((await rsvp(organizer, true)).json()).toEqual({ status: 'waitlisted' });
    expect((await rsvp(outsider, true)).statusCode).toBe(409);
    // Milo cannot come after all: Nora, first in line, goes (weeks ahead: no offer, the seat).
    expect((await rsvp(member, false)).json()).toEqual({ status: 'not-going' });
    const [listed] = (await occurrences(organizer, meeting)).json<{ items: Occurrence[] }>().items;
    expect(listed).toMatchObject({ start: first, going: 1, waitlisted: 0, mine: 'going', capacity: 1 });
    const wrongTime = await circleCall(
      app,
      member,
      'POST',
      `/api/meetings/${meeting.id}/occurrences/${encodeURIComponent('2027-02-10T12:00:00-07:00')}/rsvp`,
      { going: true },
    );
    expect(wrongTime.statusCode).toBe(400);
  });

  it('reminds those going a day and an hour before, once each; not those waiting', async () => {
    // Two members of their own, so no other test's answers count here.
    const going = await listMember(app, { displayName: 'Gina Going', ...place });
    const waiting = await listMember(app, { displayName: 'Walt Waiting', ...place });
    for (const who of [going, waiting]) await joined(app, who, circleId);
    const meeting = (
      await plan(organizer, { ...secondTuesday, start: '2027-02-16T12:00', capacity: 1 })
    ).json<Meeting>();
    const start = meeting.next[0]!;
    const rsvp = (who: Listed) =>
      circleCall(app, who, 'POST', `/api/meetings/${meeting.id}/occurrences/${encodeURIComponent(start)}/rsvp`, {
        going: true,
      });
    expect((await rsvp(going)).json()).toEqual({ status: 'going' });
    expect((await rsvp(waiting)).json()).toEqual({ status: 'waitlisted' });
    const at = (hoursBefore: number) => new Date(new Date(start).getTime() - hoursBefore * 60 * 60 * 1000);
    const { sendReminders } = app.services.meetings;
    expect(await sendReminders(at(30))).toBe(0);
    await sendReminders(at(23.9));
    await sendReminders(at(23.8)); // the next run: the same reminder is not told twice
    await sendReminders(at(0.5));
    const titles = async (who: Listed) =>
      (await circleCall(app, who, 'GET', '/api/notifications'))
        .json<{ items: { kind: string; body: string }[] }>()
        .items.filter((item) => item.kind.startsWith('circle.meeting-'))
        .map((item) => item.kind);
    expect(await titles(going)).toEqual(['circle.meeting-soon', 'circle.meeting-tomorrow']);
    expect(await titles(waiting)).toEqual([]);
  });

  it('reminds those going to an occurrence moved from weeks away to tomorrow', async () => {
    const early = await listMember(app, { displayName: 'Erin Early', ...place });
    await joined(app, early, circleId);
    const meeting = (await plan(organizer, { ...secondTuesday, start: '2027-05-11T12:00' })).json<Meeting>();
    const [, second] = meeting.next;
    // Going to every meeting of the series, as the circle page's "Going to all" says.
    const answer = await circleCall(app, early, 'POST', `/api/meetings/${meeting.id}/rsvp`, { going: true });
    expect(answer.statusCode, answer.body).toBe(200);
    // June's meeting moves to the 20th of May, four weeks early.
    const moved = await circleCall(
      app,
      organizer,
      'POST',
      `/api/meetings/${meeting.id}/occurrences/${encodeURIComponent(second!)}/change`,
      { action: 'move', start: '2027-05-20T12:00' },
    );
    expect(moved.statusCode, moved.body).toBe(200);
    const movedStart = new Date('2027-05-20T12:00:00-06:00');
    await app.services.meetings.sendReminders(new Date(movedStart.getTime() - 20 * 60 * 60 * 1000));
    const kinds = (await circleCall(app, early, 'GET', '/api/notifications'))
      .json<{ items: { kind: string }[] }>()
      .items.map((item) => item.kind);
    expect(kinds).toContain('circle.meeting-tomorrow');
  });

  it('cancels and moves one occurrence; those who answered are told; members cannot', async () => {
    const meeting = (await plan(organizer, { ...secondTuesday, start: '2027-03-09T12:00' })).json<Meeting>();
    const [first, second] = meeting.next;
    const answer = await circleCall(app, member, 'POST', `/api/meetings/${meeting.id}/rsvp`, { going: true });
    expect(answer.statusCode, answer.body).toBe(200);
    const change = (who: Listed, start: string, body: object) =>
      circleCall(app, who, 'POST', `/api/meetings/${meeting.id}/occurrences/${encodeURIComponent(start)}/change`, body);
    expect((await change(member, first!, { action: 'cancel' })).statusCode).toBe(404);
    expect((await change(organizer, first!, { action: 'cancel' })).json()).toMatchObject({ status: 'cancelled' });
    const moved = await change(organizer, second!, { action: 'move', start: '2027-04-14T18:00', place: 'The park' });
    expect(moved.json()).toMatchObject({ start: '2027-04-14T18:00:00-06:00', status: 'moved' });
    const listed = (await occurrences(member, meeting, '?from=2027-03-01T00:00:00Z&to=2027-05-01T00:00:00Z')).json<{
      items: Occurrence[];
    }>().items;
    expect(listed.map((item) => [item.start, item.status])).toEqual([
      ['2027-03-09T12:00:00-07:00', 'cancelled'],
      ['2027-04-14T18:00:00-06:00', 'moved'],
    ]);
    // Milo answered for the whole series: he hears of both changes, by date.
    const kinds = (await circleCall(app, member, 'GET', '/api/notifications'))
      .json<{ items: { kind: string; body: string }[] }>()
      .items.filter((item) => item.kind === 'circle.meeting-cancelled' || item.kind === 'circle.meeting-changed');
    expect(kinds.map((item) => item.kind).sort()).toEqual(['circle.meeting-cancelled', 'circle.meeting-changed']);
    expect(kinds.find((item) => item.kind === 'circle.meeting-cancelled')!.body).toContain('2027-03-09');
    // An RSVP to the cancelled one is refused; to the moved one it goes by its new start.
    const cancelledRsvp = await circleCall(
      app,
      member,
      'POST',
      `/api/meetings/${meeting.id}/occurrences/${encodeURIComponent(first!)}/rsvp`,
      { going: true },
    );
    expect(cancelledRsvp.statusCode).toBe(409);
    const restored = await change(organizer, first!, { action: 'restore' });
    expect(restored.json()).toMatchObject({ start: first, status: 'scheduled' });
    expect((await change(organizer, '2027-03-10T12:00:00-07:00', { action: 'cancel' })).statusCode).toBe(400);
  });

  it('asks organizers every 90 days whether a series still runs; two asks unanswered pause it', async () => {
    // A circle of their own: the other tests' series would be asked about too.
    const keeper = await listMember(app, { displayName: 'Kay Keeper', ...place });
    const follower = await listMember(app, { displayName: 'Finn Follower', ...place });
    const own = await startCircle(app, keeper, { name: 'Quarterly Check Circle', postalCode: '83702' });
    await joined(app, follower, own.id);
    const meeting = (await plan(keeper, { ...secondTuesday, start: '2027-01-12T12:00' }, own.id)).json<Meeting>();
    const { confirmations } = app.services.meetings;
    const days = (n: number) => new Date(Date.now() + n * 24 * 60 * 60 * 1000);
    const kinds = async (who: Listed) =>
      (await circleCall(app, who, 'GET', '/api/notifications'))
        .json<{ items: { kind: string }[] }>()
        .items.filter((item) => item.kind === 'circle.meeting-confirm' || item.kind === 'circle.meeting-paused')
        .map((item) => item.kind);
    const before = (await kinds(keeper)).length;
    await confirmations.check(days(89));
    expect((await kinds(keeper)).length).toBe(before);
    await confirmations.check(days(91));
    await confirmations.check(days(92)); // asked once per round
    expect((await kinds(keeper)).length).toBe(before + 1);
    await confirmations.check(days(181));
    await confirmations.check(days(271));
    expect(await kinds(follower)).toContain('circle.meeting-paused');
    const afterPause = (
      await occurrences(follower, meeting, `?from=${days(300).toISOString()}&to=${days(400).toISOString()}`)
    )
      .json<{ items: Occurrence[] }>()
      .items.map((item) => item.status);
    expect(new Set(afterPause)).toEqual(new Set(['paused']));
    // An organizer confirms: the pause lifts.
    expect((await circleCall(app, follower, 'POST', `/api/meetings/${meeting.id}/confirm`)).statusCode).toBe(404);
    expect((await circleCall(app, keeper, 'POST', `/api/meetings/${meeting.id}/confirm`)).statusCode).toBe(200);
    const lifted = (
      await occurrences(follower, meeting, `?from=${days(300).toISOString()}&to=${days(400).toISOString()}`)
    )
      .json<{ items: Occurrence[] }>()
      .items.map((item) => item.status);
    expect(new Set(lifted)).toEqual(new Set(['scheduled']));
  });

  it('keeps a secret circle’s meetings from outsiders: every meeting route is a 404', async () => {
    const secret = await startCircle(app, organizer, { name: 'Quiet Inner Circle', visibility: 'secret' });
    const meeting = (await plan(organizer, secondTuesday, secret.id)).json<Meeting>();
    const first = encodeURIComponent(meeting.next[0]!);
    for (const [method, url, body] of [
      ['GET', `/api/circles/${secret.id}/meetings`],
      ['GET', `/api/circles/${secret.id}/meetings/${meeting.id}/occurrences`],
      ['GET', `/api/meetings/${meeting.id}`],
      ['GET', `/api/meetings/${meeting.id}/calendar.ics`],
      ['POST', `/api/meetings/${meeting.id}/occurrences/${first}/rsvp`, { going: true }],
      ['POST', `/api/meetings/${meeting.id}/rsvp`, { going: true }],
      ['POST', `/api/meetings/${meeting.id}/confirm`],
      ['POST', `/api/meetings/${meeting.id}/occurrences/${first}/change`, { action: 'cancel' }],
      ['POST', `/api/circles/${secret.id}/meetings`, secondTuesday],
    ] as const) {
      for (const who of [outsider, null]) {
        const response = await circleCall(app, who, method, url, body);
        expect(response.statusCode, `${method} ${url} as ${who ? 'an outsider' : 'anonymous'}`).toBe(404);
      }
    }
  });

  describe('seats under load', () => {
    it('gives 10 seats to exactly 10 of 200 answering at once; the line moves up in order', async () => {
      const meeting = (await plan(organizer, { ...secondTuesday, capacity: 10 })).json<Meeting>();
      const start = meeting.next[0]!;
      // 200 members, written straight into the tables (signing up 200 people through the API would
      // spend the test on password hashing); the answers go through the service as a request would.
      const people: Actor[] = Array.from({ length: 200 }, (_, index) => ({
        kind: 'member',
        userId: `load-${kind}-${index}-${randomUUID()}`,
        email: `load.${index}.${randomUUID()}@example.com`,
        name: `Member ${index}`,
        emailVerified: true,
      }));
      await app.database.db.insert(user).values(people.map(({ userId, name, email }) => ({ id: userId, name, email })));
      await app.database.db
        .insert(circleMembers)
        .values(people.map(({ userId }) => ({ circleId, userId, status: 'active', joinedAt: new Date() })));
      const { rsvps } = app.services.meetings;
      const answers = await Promise.all(
        people.map((person) => rsvps.answer(person, meeting.id, start, true).then((result) => result.status)),
      );
      expect(answers.filter((status) => status === 'going')).toHaveLength(10);
      expect(answers.filter((status) => status === 'waitlisted')).toHaveLength(190);

      // The line's order is the order the answers were stored; the first three who wait are next.
      const line = await app.database.db.execute<{ user_id: string }>(
        `select user_id from meeting_rsvps where meeting_id = '${meeting.id}' and status = 'waitlisted' order by position limit 3`,
      );
      const firstInLine = (line.rows as { user_id: string }[]).map((row) => row.user_id);
      const goers = people.filter((_, index) => answers[index] === 'going');
      for (const [index, goer] of goers.slice(0, 3).entries()) {
        await rsvps.answer(goer, meeting.id, start, false);
        const promoted = people.find((person) => person.userId === firstInLine[index])!;
        const [mine] = (
          await app.services.meetings.meetings.occurrences(promoted, meeting.id, {
            from: new Date(new Date(start).getTime() - 1000).toISOString(),
            to: new Date(new Date(start).getTime() + 1000).toISOString(),
          })
        ).items;
        expect(mine).toMatchObject({ mine: 'going', going: 10, waitlisted: 190 - index - 1 });
      }
    }, 120_000);

    it('offers a seat freed within the cut-off for a while, then to the next in line', async () => {
      const meeting = (await plan(organizer, { ...secondTuesday, capacity: 1, cutoffHours: 24 })).json<Meeting>();
      const start = meeting.next[0]!;
      const { rsvps } = app.services.meetings;
      // Three hours before the start: Nora goes, Milo and then Otto wait. Nora drops out: within
      // the cut-off, Milo is offered the seat for two hours rather than given it.
      const otto = await listMember(app, { displayName: 'Olga Third', ...place });
      await joined(app, otto, circleId);
      const early = new Date(new Date(start).getTime() - 3 * 60 * 60 * 1000);
      const [nora, milo, olga] = await Promise.all([organizer, member, otto].map((who) => actorOf(app, who)));
      expect((await rsvps.answer(nora!, meeting.id, start, true, early)).status).toBe('going');
      expect((await rsvps.answer(milo!, meeting.id, start, true, early)).status).toBe('waitlisted');
      expect((await rsvps.answer(olga!, meeting.id, start, true, early)).status).toBe('waitlisted');
      await rsvps.answer(nora!, meeting.id, start, false, early);
      expect(await statusOf(app, milo!, meeting, start)).toBe('offered');
      // Not yet run out: nothing moves.
      expect(await rsvps.expireOffers(new Date(early.getTime() + 119 * 60 * 1000))).toBe(0);
      // Run out: the seat goes on to Olga, offered in her turn; Milo is no longer counted.
      expect(await rsvps.expireOffers(new Date(early.getTime() + 121 * 60 * 1000))).toBe(1);
      expect(await statusOf(app, milo!, meeting, start)).toBe('not-going');
      expect(await statusOf(app, olga!, meeting, start)).toBe('offered');
      // Olga takes it.
      expect((await rsvps.answer(olga!, meeting.id, start, true, early)).status).toBe('going');
    });
  });
});

async function actorOf(app: TestApp, who: Listed): Promise<Actor> {
  const me = await circleCall(app, who, 'GET', '/api/auth/get-session');
  const { user: found } = me.json<{ user: { id: string; email: string; name: string } }>();
  return { kind: 'member', userId: found.id, email: found.email, name: found.name, emailVerified: true };
}

async function statusOf(app: TestApp, actor: Actor, meeting: Meeting, start: string) {
  const at = new Date(start).getTime();
  const [found] = (
    await app.services.meetings.meetings.occurrences(actor, meeting.id, {
      from: new Date(at - 1000).toISOString(),
      to: new Date(at + 1000).toISOString(),
    })
  ).items;
  return found?.mine ?? null;
}
