// A member's calendar feed, fetched as a calendar app would (no cookie, only the address), read
// back by two independent parsers: the same twelve months of occurrences as the API lists. A new
// address revokes the old one; a forged one is a 404; leaving the circle takes its meetings out.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Meeting, Occurrence } from '../../../../contracts/meetings.ts';
import { readWithIcalJs, readWithNodeIcal, sorted } from '../../../../../test/support/calendar-readers.ts';
import { circleCall, joined, startCircle } from '../../../../../test/support/circles.ts';
import { listMember, type Listed } from '../../../../../test/support/listed-members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../../test/support/test-app.ts';

const place = { postalCode: '10001', country: 'US' as const };

describeEachDatabase('circle meetings in my calendar feed', (kind) => {
  let app: TestApp;
  let organizer: Listed;
  let member: Listed;
  let meetings: Meeting[];

  beforeAll(async () => {
    app = await createTestApp(kind);
    organizer = await listMember(app, { displayName: 'Grace Organizer', ...place });
    member = await listMember(app, { displayName: 'Hana Member', ...place });
    const circle = await startCircle(app, organizer, { name: 'Manhattan Bodywork Circle', postalCode: '10001' });
    await joined(app, member, circle.id);
    const bodies = [
      {
        title: 'Last-Friday supper',
        start: '2027-01-29T18:30',
        timeZone: 'America/New_York',
        rrule: 'FREQ=MONTHLY;BYDAY=-1FR',
      },
      {
        title: 'Fortnightly practice',
        start: '2027-01-05T07:30',
        timeZone: 'America/St_Johns',
        rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
      },
      { title: 'Summer retreat', start: '2027-07-10T09:00', timeZone: 'America/Regina', rrule: null },
    ];
    meetings = [];
    for (const body of bodies) {
      const response = await circleCall(app, organizer, 'POST', `/api/circles/${circle.id}/meetings`, {
        ...body,
        durationMinutes: 90,
        place: { kind: 'room' },
      });
      expect(response.statusCode, response.body).toBe(201);
      meetings.push(response.json<Meeting>());
    }
    // Hana goes to the whole last-Friday series but not its third supper, to one fortnightly
    // practice only, and to the one-off retreat.
    const answer = async (url: string, going: boolean) => {
      const response = await circleCall(app, member, 'POST', url, { going });
      expect(response.statusCode, response.body).toBe(200);
    };
    const [supper, practice, retreat] = meetings as [Meeting, Meeting, Meeting];
    const one = (meeting: Meeting, index: number) =>
      `/api/meetings/${meeting.id}/occurrences/${encodeURIComponent(meeting.next[index]!)}/rsvp`;
    await answer(`/api/meetings/${supper.id}/rsvp`, true);
    await answer(one(supper, 2), false);
    await answer(one(practice, 1), true);
    await answer(one(retreat, 0), true);
  });
  afterAll(async () => app?.cleanup());

  const feedAddress = async (who: Listed) => {
    const response = await circleCall(app, who, 'GET', '/api/me/calendar');
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ url: string; webcal: string }>();
  };
  const fetchFeed = (url: string) => app.inject({ method: 'GET', url: new URL(url).pathname });

  it('gives the same twelve months as the API, read by ical.js and by node-ical', async () => {
    const { url, webcal } = await feedAddress(member);
    expect(webcal).toBe(url.replace(/^https?:/, 'webcal:'));
    expect((await feedAddress(member)).url).toBe(url); // the same address each time it is asked
    const feed = await fetchFeed(url);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    const from = new Date();
    const to = new Date(from.getTime() + 365 * 24 * 60 * 60 * 1000);
    const api = [];
    for (const meeting of meetings) {
      const listed = await circleCall(
        app,
        member,
        'GET',
        `/api/circles/${meeting.circleId}/meetings/${meeting.id}/occurrences?from=${from.toISOString()}&to=${to.toISOString()}`,
      );
      for (const item of listed.json<{ items: Occurrence[] }>().items.filter((each) => each.mine === 'going'))
        api.push({
          uid: meeting.id,
          start: new Date(item.start).toISOString(),
          end: new Date(item.end).toISOString(),
          cancelled: false,
        });
    }
    // A whole series is one UID; an occurrence I go to on its own is the meeting's id and its date.
    const uidOf = (seen: { uid: string }) => seen.uid.replace(/^circle-meeting-/, '').slice(0, 36);
    const asApi = (items: { uid: string; start: string; end: string; cancelled: boolean }[]) =>
      sorted(items.map((item) => ({ ...item, uid: uidOf(item) })));
    // The suppers but the declined third, one practice, the retreat.
    const starts = api.map((item) => item.start);
    const [supper, practice, retreat] = meetings as [Meeting, Meeting, Meeting];
    const at = (meeting: Meeting, index: number) => new Date(meeting.next[index]!).toISOString();
    expect(starts).not.toContain(at(supper, 2));
    expect(starts).toEqual(expect.arrayContaining([at(supper, 0), at(supper, 3), at(practice, 1), at(retreat, 0)]));
    expect(starts).not.toContain(at(practice, 0));
    expect(asApi(readWithIcalJs(feed.body, from, to))).toEqual(sorted(api));
    expect(asApi(readWithNodeIcal(feed.body, from, to))).toEqual(sorted(api));
  });

  it('stops answering an address once a new one is made; a forged address is a 404', async () => {
    const old = await feedAddress(member);
    const revoked = await circleCall(app, member, 'POST', '/api/me/calendar/revoke');
    expect(revoked.statusCode).toBe(200);
    const renewed = revoked.json<{ url: string }>();
    expect(renewed.url).not.toBe(old.url);
    expect((await fetchFeed(old.url)).statusCode).toBe(404);
    expect((await fetchFeed(renewed.url)).statusCode).toBe(200);
    const forged = renewed.url.replace(/\.([A-Za-z0-9_-]+)\.ics$/, '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics');
    expect((await fetchFeed(forged)).statusCode).toBe(404);
  });

  it('leaves out the meetings of a circle I left', async () => {
    const { url } = await feedAddress(member);
    expect((await fetchFeed(url)).body).toContain('BEGIN:VEVENT');
    const left = await circleCall(app, member, 'DELETE', `/api/circles/${meetings[0]!.circleId}/members/me`);
    expect(left.statusCode, left.body).toBe(204);
    expect((await fetchFeed(url)).body).not.toContain('BEGIN:VEVENT');
  });
});
