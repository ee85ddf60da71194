// A circle's standing video room: organizers are let in as hosts at any time; members from ten
// minutes before a meeting (before that they wait for a host to let them in); outsiders, removed
// members and a slug instead of the circle's id find no room at all.
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { circleCall, joined, memberIdOf, startCircle } from '../../../../../test/support/circles.ts';
import { listMember, type Listed } from '../../../../../test/support/listed-members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../../test/support/test-app.ts';

const place = { postalCode: '83702', country: 'US' as const };
type Token = { role: string; waiting: boolean; roomTitle: string };

describeEachDatabase('the circle’s video room', (kind) => {
  let app: TestApp;
  let organizer: Listed;
  let member: Listed;
  let outsider: Listed;
  let circle: { id: string; slug: string };

  const token = (who: Listed, id = circle.id) => circleCall(app, who, 'POST', `/api/rooms/circle/${id}/token`, {});
  /** A one-off meeting starting `minutes` from now, on Boise's clock. */
  const meetingIn = (minutes: number) =>
    circleCall(app, organizer, 'POST', `/api/circles/${circle.id}/meetings`, {
      title: 'Weekly inner circle call',
      start: Temporal.Now.zonedDateTimeISO('America/Boise')
        .add({ minutes })
        .toPlainDateTime()
        .toString({ smallestUnit: 'minute' }),
      timeZone: 'America/Boise',
      durationMinutes: 60,
      place: { kind: 'room' },
    });

  beforeAll(async () => {
    app = await createTestApp(kind);
    organizer = await listMember(app, { displayName: 'Rhea Organizer', ...place });
    member = await listMember(app, { displayName: 'Theo Member', ...place });
    outsider = await listMember(app, { displayName: 'Uma Outsider', ...place });
    circle = await startCircle(app, organizer, { name: 'Business Inner Circle', kind: 'business-inner-circle' });
    await joined(app, member, circle.id);
  });
  afterAll(async () => app?.cleanup());

  it('lets organizers in as hosts; members wait until a meeting is near', async () => {
    const host = await token(organizer);
    expect(host.statusCode, host.body).toBe(200);
    expect(host.json<Token>()).toMatchObject({ role: 'host', waiting: false, roomTitle: 'Business Inner Circle' });
    expect((await meetingIn(120)).statusCode).toBe(201);
    expect((await token(member)).json<Token>()).toMatchObject({ role: 'participant', waiting: true });
    expect((await meetingIn(5)).statusCode).toBe(201);
    expect((await token(member)).json<Token>()).toMatchObject({ role: 'participant', waiting: false });
  });

  it('is no room at all for outsiders, removed members, anonymous callers and by slug', async () => {
    expect((await token(outsider)).statusCode).toBe(404);
    expect((await token(member, circle.slug)).statusCode).toBe(404);
    expect((await circleCall(app, null, 'POST', `/api/rooms/circle/${circle.id}/token`, {})).statusCode).toBe(404);
    const memberId = await memberIdOf(app, organizer, circle.id, member.slug);
    expect(
      (await circleCall(app, organizer, 'DELETE', `/api/circles/${circle.id}/members/${memberId}`)).statusCode,
    ).toBe(200);
    expect((await token(member)).statusCode).toBe(404);
  });
});
