// The meeting form's preview: the next five dates of a "second Tuesday" series before saving, the
// fifth-weekday question, problems named by field, and organizers only.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MeetingPreview } from '../../../../contracts/meetings.ts';
import { circleCall, joined, startCircle } from '../../../../../test/support/circles.ts';
import { listMember, type Listed } from '../../../../../test/support/listed-members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../../test/support/test-app.ts';

const never = { kind: 'never' } as const;
const secondTuesday = {
  start: '2031-02-11T12:00',
  timeZone: 'America/Boise',
  durationMinutes: 90,
  repeat: { repeat: 'monthly-by-weekday', week: 2, end: never },
};

describeEachDatabase('meeting preview', (kind) => {
  let app: TestApp;
  let organizer: Listed;
  let member: Listed;
  let circleId: string;
  const preview = (who: Listed, body: object) =>
    circleCall(app, who, 'POST', `/api/circles/${circleId}/meetings/preview`, body);
  const fieldsOf = (response: { json: <T>() => T }) =>
    response.json<{ error: { details: { field: string }[] } }>().error.details.map((detail) => detail.field);

  beforeAll(async () => {
    app = await createTestApp(kind);
    const place = { postalCode: '83702', country: 'US' as const };
    organizer = await listMember(app, { displayName: 'Petra Planner', ...place });
    member = await listMember(app, { displayName: 'Mona Member', ...place });
    circleId = (await startCircle(app, organizer, { name: 'Boise Preview Circle', postalCode: '83702' })).id;
    await joined(app, member, circleId);
  });
  afterAll(async () => app?.cleanup());

  it('shows the rule and the next five second Tuesdays, on the meeting’s clock across the clock change', async () => {
    const response = await preview(organizer, secondTuesday);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<MeetingPreview>()).toEqual({
      rrule: 'FREQ=MONTHLY;BYDAY=2TU',
      next: [
        '2031-02-11T12:00:00-07:00',
        '2031-03-11T12:00:00-06:00',
        '2031-04-08T12:00:00-06:00',
        '2031-05-13T12:00:00-06:00',
        '2031-06-10T12:00:00-06:00',
      ],
    });
  });

  it('asks about months without a fifth Friday, then answers with the last Friday', async () => {
    const fifth = {
      ...secondTuesday,
      start: '2031-05-30T18:00',
      repeat: { repeat: 'monthly-by-weekday', week: 5, end: never },
    };
    const asked = (await preview(organizer, fifth)).json<MeetingPreview>();
    expect(asked).toEqual({
      rrule: null,
      next: [],
      fifthWeekdayQuestion: 'Not every month has a fifth Friday: skip those months, or meet on the last Friday?',
    });
    const answered = await preview(organizer, { ...fifth, repeat: { ...fifth.repeat, fifthWeekday: 'last' } });
    expect(answered.json<MeetingPreview>()).toMatchObject({
      rrule: 'FREQ=MONTHLY;BYDAY=-1FR',
      next: ['2031-05-30T18:00:00-06:00', '2031-06-27T18:00:00-06:00', '2031-07-25T18:00:00-06:00'].concat(
        answered.json<MeetingPreview>().next.slice(3),
      ),
    });
    const skipped = await preview(organizer, { ...fifth, repeat: { ...fifth.repeat, fifthWeekday: 'skip' } });
    expect(skipped.json<MeetingPreview>().next.slice(0, 2)).toEqual([
      '2031-05-30T18:00:00-06:00',
      '2031-08-29T18:00:00-06:00',
    ]);
  });

  it('names the field that is wrong', async () => {
    const weekly = (everyWeeks: number) => ({ ...secondTuesday, repeat: { repeat: 'weekly', everyWeeks, end: never } });
    expect(fieldsOf(await preview(organizer, weekly(0)))).toEqual(['repeat.everyWeeks']);
    expect(fieldsOf(await preview(organizer, { ...secondTuesday, timeZone: 'Mars/Olympus' }))).toEqual(['timeZone']);
    expect(fieldsOf(await preview(organizer, { ...secondTuesday, start: '2031-02-30T12:00' }))).toEqual(['start']);
    const count = { ...secondTuesday, repeat: { ...secondTuesday.repeat, end: { kind: 'count', count: 0 } } };
    expect(fieldsOf(await preview(organizer, count))).toEqual(['repeat.end.count']);
    const over = {
      ...secondTuesday,
      start: '2020-01-14T12:00',
      repeat: { ...secondTuesday.repeat, end: { kind: 'count', count: 2 } },
    };
    expect(fieldsOf(await preview(organizer, over))).toEqual(['repeat']);
  });

  it('is for organizers: a member gets the 404 a missing circle gets', async () => {
    expect((await preview(member, secondTuesday)).statusCode).toBe(404);
  });
});
