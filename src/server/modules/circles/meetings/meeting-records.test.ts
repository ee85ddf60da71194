// Attendance and shared notes of one occurrence through the API on both databases: organizers mark
// who came and members see only their own line; notes round-trip as sanitised HTML, a stale save is
// a 409 that writes nothing, and an outsider or a member removed a moment ago gets the 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Attendance, Meeting, MeetingNotes } from '../../../../contracts/meetings.ts';
import { circleCall, joined, memberIdOf, startCircle } from '../../../../../test/support/circles.ts';
import { listMember, type Listed } from '../../../../../test/support/listed-members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../../test/support/test-app.ts';

const place = { postalCode: '83702', country: 'US' as const };
const weekly = {
  title: 'Peer supervision',
  start: '2027-02-09T18:00',
  timeZone: 'America/Boise',
  rrule: 'FREQ=WEEKLY',
  durationMinutes: 60,
  place: { kind: 'room' },
};
type Failure = { error: { details?: { field: string }[]; message: string; reason?: string } };

describeEachDatabase('meeting attendance and notes', (kind) => {
  let app: TestApp;
  let organizer: Listed;
  let member: Listed;
  let leaver: Listed;
  let outsider: Listed;
  let circleId: string;
  let meeting: Meeting;
  let start: string;

  const url = (what: 'attendance' | 'notes', at = start) =>
    `/api/meetings/${meeting.id}/occurrences/${encodeURIComponent(at)}/${what}`;
  const attendance = (who: Listed, body?: object) =>
    circleCall(app, who, body ? 'PUT' : 'GET', url('attendance'), body);
  const notes = (who: Listed, body?: object) => circleCall(app, who, body ? 'PUT' : 'GET', url('notes'), body);

  beforeAll(async () => {
    app = await createTestApp(kind);
    organizer = await listMember(app, { displayName: 'Nora Organizer', ...place });
    member = await listMember(app, { displayName: 'Milo Member', ...place });
    leaver = await listMember(app, { displayName: 'Lena Leaver', ...place });
    outsider = await listMember(app, { displayName: 'Otto Outsider', ...place });
    circleId = (await startCircle(app, organizer, { name: 'Boise Peer Circle', postalCode: '83702' })).id;
    await joined(app, member, circleId);
    await joined(app, leaver, circleId);
    const planned = await circleCall(app, organizer, 'POST', `/api/circles/${circleId}/meetings`, weekly);
    expect(planned.statusCode, planned.body).toBe(201);
    meeting = planned.json<Meeting>();
    start = meeting.next[0]!;
    const rsvp = await circleCall(app, member, 'POST', url('attendance').replace(/attendance$/, 'rsvp'), {
      going: true,
    });
    expect(rsvp.statusCode, rsvp.body).toBe(200);
  });
  afterAll(async () => app?.cleanup());

  describe('attendance', () => {
    it('lists who answered first and every active member, unmarked; organizers mark, members see their own line', async () => {
      const before = await attendance(organizer);
      expect(before.statusCode, before.body).toBe(200);
      const list = before.json<Attendance>();
      expect(list.canMark).toBe(true);
      expect(list.items.map((line) => [line.name, line.answer, line.present])).toEqual([
        ['Milo Member', 'going', null],
        ['Lena Leaver', null, null],
        ['Nora Organizer', null, null],
      ]);
      const milo = list.items[0]!.userId;

      const marked = await attendance(organizer, { present: [milo] });
      expect(marked.statusCode, marked.body).toBe(200);
      expect(marked.json<Attendance>().items.map((line) => [line.name, line.present])).toEqual([
        ['Milo Member', true],
        ['Lena Leaver', false],
        ['Nora Organizer', false],
      ]);

      const own = (await attendance(member)).json<Attendance>();
      expect(own).toEqual({
        canMark: false,
        items: [{ userId: milo, name: 'Milo Member', answer: 'going', present: true }],
      });
    });

    it('lets no member mark, and names present for someone who is not on the list', async () => {
      const milo = (await attendance(member)).json<Attendance>().items[0]!.userId;
      expect((await attendance(member, { present: [milo] })).statusCode).toBe(404);
      const stranger = await attendance(organizer, { present: [milo, 'not-a-member'] });
      expect(stranger.statusCode).toBe(400);
      expect(stranger.json<Failure>().error.details![0]!.field).toBe('present');
      // Nothing changed by the refused request.
      expect((await attendance(member)).json<Attendance>().items[0]!.present).toBe(true);
    });

    it('names start for a time the meeting has no occurrence at', async () => {
      const response = await circleCall(app, organizer, 'GET', url('attendance', '2027-02-10T18:00:00-07:00'));
      expect(response.statusCode).toBe(400);
      expect(response.json<Failure>().error.details![0]!.field).toBe('start');
    });
  });

  describe('notes', () => {
    it('starts empty, round-trips Markdown as sanitised HTML and names who saved', async () => {
      expect((await notes(member)).json<MeetingNotes>()).toEqual({
        body: '',
        html: '',
        version: 0,
        updatedBy: null,
        updatedAt: null,
      });
      const body = '## Agenda\n\n- **Boundaries** with [notes](https://example.com)\n\n<script>alert(1)</script>';
      const saved = await notes(member, { body, version: 0 });
      expect(saved.statusCode, saved.body).toBe(200);
      const read = (await notes(organizer)).json<MeetingNotes>();
      expect(read).toMatchObject({ body, version: 1, updatedBy: 'Milo Member' });
      expect(read.html).toContain('<h3>Agenda</h3>');
      expect(read.html).toContain('<strong>Boundaries</strong>');
      expect(read.html).not.toContain('<script');
      expect(read.html).toContain('&lt;script&gt;');
    });

    it('saves one of two edits made from the same version and refuses the other with a 409', async () => {
      const { version } = (await notes(member)).json<MeetingNotes>();
      const [first, second] = await Promise.all([
        notes(member, { body: 'Milo’s summary', version }),
        notes(organizer, { body: 'Nora’s summary', version }),
      ]);
      expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
      const refused = first.statusCode === 409 ? first : second;
      expect(refused.json<Failure>().error).toMatchObject({ reason: 'stale_version' });
      expect(refused.json<Failure>().error.message).toMatch(/someone else saved/i);
      const kept = (first.statusCode === 200 ? first : second).json<MeetingNotes>();
      expect((await notes(leaver)).json<MeetingNotes>()).toMatchObject({ body: kept.body, version: version + 1 });
    });

    it('refuses a second first save rather than overwrite it', async () => {
      const other = meeting.next[1]!;
      const save = (who: Listed, body: string) =>
        circleCall(app, who, 'PUT', url('notes', other), { body, version: 0 });
      const results = await Promise.all([save(member, 'one'), save(organizer, 'two')]);
      expect(results.map((each) => each.statusCode).sort()).toEqual([200, 409]);
    });

    it('names body when the notes are too long', async () => {
      const { version } = (await notes(member)).json<MeetingNotes>();
      const response = await notes(member, { body: 'x'.repeat(20_001), version });
      expect(response.statusCode).toBe(400);
      expect(response.json<Failure>().error.details![0]!.field).toBe('body');
    });
  });

  it('answers an outsider the 404 of a missing meeting, and a removed member at once', async () => {
    for (const path of [url('attendance'), url('notes')]) {
      const response = await circleCall(app, outsider, 'GET', path);
      expect(response.statusCode).toBe(404);
      expect(
        (await circleCall(app, outsider, 'PUT', path.replace('attendance', 'notes'), { body: 'x', version: 9 }))
          .statusCode,
      ).toBe(404);
    }
    expect((await notes(leaver)).statusCode).toBe(200);
    const leaverId = await memberIdOf(app, organizer, circleId, leaver.slug);
    expect(
      (await circleCall(app, organizer, 'DELETE', `/api/circles/${circleId}/members/${leaverId}`)).statusCode,
    ).toBe(200);
    expect((await notes(leaver)).statusCode).toBe(404);
    expect((await attendance(leaver)).statusCode).toBe(404);
    expect((await notes(leaver, { body: 'still here?', version: 99 })).statusCode).toBe(404);
  });
});
