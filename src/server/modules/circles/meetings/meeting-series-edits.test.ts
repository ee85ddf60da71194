// Changing a recurring meeting over the API on both databases: "this and following" across the
// clock change splits the series and keeps local times, answers go with their occurrences, the
// .ics files say so, those who answered are told by date; "all" changes every occurrence; only
// organizers edit (404 for the rest), and bad input is a 400 naming the field.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Meeting, Occurrence } from '../../../../contracts/meetings.ts';
import { circleCall, joined, startCircle } from '../../../../../test/support/circles.ts';
import { listMember, type Listed } from '../../../../../test/support/listed-members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../../test/support/test-app.ts';

// Tuesdays 18:30 in New York; clocks go forward on Sunday 14 March 2027.
const weekly = {
  title: 'Tuesday practice',
  start: '2027-03-02T18:30',
  timeZone: 'America/New_York',
  rrule: 'FREQ=WEEKLY;BYDAY=TU',
  durationMinutes: 90,
  capacity: 2,
  place: { kind: 'address', address: '1 Main St, Boston' },
};
type EditResult = { meeting: Meeting; before: Meeting | null; dropped: string[] };

describeEachDatabase('series edits', (kind) => {
  let app: TestApp;
  let organizer: Listed;
  let member: Listed;
  let regular: Listed;
  let outsider: Listed;
  let circleId: string;

  const plan = async (body: object = weekly) =>
    (await circleCall(app, organizer, 'POST', `/api/circles/${circleId}/meetings`, body)).json<Meeting>();
  const edit = (who: Listed, meetingId: string, body: object) =>
    circleCall(app, who, 'PATCH', `/api/meetings/${meetingId}`, body);
  const occurrencesOf = async (who: Listed, meeting: Meeting) =>
    (
      await circleCall(
        app,
        who,
        'GET',
        `/api/circles/${circleId}/meetings/${meeting.id}/occurrences?from=2027-03-01T00:00:00Z&to=2027-04-01T00:00:00Z`,
      )
    ).json<{ items: Occurrence[] }>().items;
  const changedNotices = async (who: Listed) =>
    (await circleCall(app, who, 'GET', '/api/notifications'))
      .json<{ items: { kind: string; body: string }[] }>()
      .items.filter((item) => item.kind === 'circle.meeting-changed');

  beforeAll(async () => {
    app = await createTestApp(kind);
    const place = { postalCode: '02139', country: 'US' as const };
    organizer = await listMember(app, { displayName: 'Nora Organizer', ...place });
    member = await listMember(app, { displayName: 'Milo Member', ...place });
    regular = await listMember(app, { displayName: 'Rae Regular', ...place });
    outsider = await listMember(app, { displayName: 'Otto Outsider', ...place });
    circleId = (await startCircle(app, organizer, { name: 'Boston Practice Circle' })).id;
    await joined(app, member, circleId);
    await joined(app, regular, circleId);
  });
  afterAll(async () => app?.cleanup());

  it('splits "this and following" across the clock change, keeping local times, answers and the waiting line', async () => {
    const meeting = await plan();
    const march16 = '2027-03-16T18:30:00-04:00';
    const rsvp = (who: Listed, start: string) =>
      circleCall(app, who, 'POST', `/api/meetings/${meeting.id}/occurrences/${encodeURIComponent(start)}/rsvp`, {
        going: true,
      });
    expect((await rsvp(member, march16)).json()).toEqual({ status: 'going' });
    expect((await rsvp(member, '2027-03-09T18:30:00-05:00')).json()).toEqual({ status: 'going' });
    expect(
      (await circleCall(app, regular, 'POST', `/api/meetings/${meeting.id}/rsvp`, { going: true })).statusCode,
    ).toBe(200);

    const response = await edit(organizer, meeting.id, { scope: 'following', from: march16, time: '19:00' });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json<EditResult>();
    expect(result.before?.id).toBe(meeting.id);
    expect(result.meeting.id).not.toBe(meeting.id);
    expect(result.meeting).toMatchObject({ start: '2027-03-16T19:00', rrule: 'FREQ=WEEKLY;BYDAY=TU', capacity: 2 });

    // The old series ends before the 16th; the new one is at 19:00 on New York's clock, EDT.
    expect((await occurrencesOf(member, meeting)).map((item) => item.start)).toEqual([
      '2027-03-02T18:30:00-05:00',
      '2027-03-09T18:30:00-05:00',
    ]);
    const after = await occurrencesOf(member, result.meeting);
    expect(after.map((item) => item.start)).toEqual([
      '2027-03-16T19:00:00-04:00',
      '2027-03-23T19:00:00-04:00',
      '2027-03-30T19:00:00-04:00',
    ]);
    // Milo's seat moved with the 16th (the 9th stays his on the old series); Rae, going to the whole
    // series, holds the other seat and goes to the new series too.
    expect(after[0]).toMatchObject({ mine: 'going', going: 2 });
    expect((await occurrencesOf(member, meeting))[1]).toMatchObject({ mine: 'going' });
    expect(result.meeting.seriesGoing).toBeNull();
    const raeSees = await circleCall(app, regular, 'GET', `/api/meetings/${result.meeting.id}`);
    expect(raeSees.json<Meeting>().seriesGoing).toBe(true);

    // The calendar files say the same: UNTIL on the old one, the new local time on the new one.
    const oldIcs = (await circleCall(app, member, 'GET', `/api/meetings/${meeting.id}/calendar.ics`)).body;
    expect(oldIcs).toMatch(/RRULE:FREQ=WEEKLY;[^\r\n]*UNTIL=20270316T/);
    const newIcs = (await circleCall(app, member, 'GET', `/api/meetings/${result.meeting.id}/calendar.ics`)).body;
    expect(newIcs).toContain('DTSTART;TZID=America/New_York:20270316T190000');

    // Both who answered are told, by date only.
    for (const who of [member, regular]) {
      const notices = await changedNotices(who);
      expect(notices.length, who.name).toBe(1);
      expect(notices[0]!.body).toContain('2027-03-16');
      expect(notices[0]!.body).not.toContain('Tuesday practice');
    }
    expect(await changedNotices(outsider)).toHaveLength(0);
  });

  it('changes every occurrence ("all"): place, title and seats, keeping cancellations on their dates', async () => {
    const meeting = await plan({ ...weekly, title: 'Monthly review', rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4' });
    const cancelled = await circleCall(
      app,
      organizer,
      'POST',
      `/api/meetings/${meeting.id}/occurrences/${encodeURIComponent('2027-03-09T18:30:00-05:00')}/change`,
      { action: 'cancel' },
    );
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const response = await edit(organizer, meeting.id, {
      scope: 'all',
      title: 'Review, new room',
      time: '12:00',
      capacity: 10,
      place: { kind: 'room' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json<EditResult>();
    expect(result.before).toBeNull();
    expect(result.meeting).toMatchObject({
      id: meeting.id,
      title: 'Review, new room',
      start: '2027-03-02T12:00',
      capacity: 10,
      place: { kind: 'room', text: '' },
    });
    expect((await occurrencesOf(member, meeting)).map((item) => [item.start, item.status])).toEqual([
      ['2027-03-02T12:00:00-05:00', 'scheduled'],
      ['2027-03-09T12:00:00-05:00', 'cancelled'],
      ['2027-03-16T12:00:00-04:00', 'scheduled'],
      ['2027-03-23T12:00:00-04:00', 'scheduled'],
    ]);
  });

  it('is for organizers only, and names the field of bad input', async () => {
    const meeting = await plan();
    for (const who of [member, outsider])
      expect((await edit(who, meeting.id, { scope: 'all', title: 'Mine now' })).statusCode).toBe(404);
    for (const [body, field] of [
      [{ title: 'No scope' }, 'scope'],
      [{ scope: 'sometimes' }, 'scope'],
      [{ scope: 'following', time: '19:00' }, 'from'],
      [{ scope: 'following', from: '2027-03-17T18:30:00-04:00' }, 'from'],
      [{ scope: 'all', time: '25:00' }, 'time'],
      [{ scope: 'all', durationMinutes: 0 }, 'durationMinutes'],
      [{ scope: 'all', capacity: -1 }, 'capacity'],
    ] as const) {
      const response = await edit(organizer, meeting.id, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe(field);
    }
    const unchanged = await circleCall(app, organizer, 'GET', `/api/meetings/${meeting.id}`);
    expect(unchanged.json<Meeting>()).toMatchObject({ title: 'Tuesday practice', start: '2027-03-02T18:30' });
  });
});
