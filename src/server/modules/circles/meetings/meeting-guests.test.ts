// Guests invited to one meeting: an organizer invites an address (received by a real SMTP
// server), the guest signs up and accepts through the emailed link, and then waits in the circle's
// room for a host from 10 minutes before that occurrence until it ends — never a member, never
// any other route of the circle. Revoking shuts the room to them at once.
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MeetingGuest } from '../../../../contracts/meeting-guests.ts';
import { circleCall, errorOf, joined, startCircle } from '../../../../../test/support/circles.ts';
import { listMember, type Listed } from '../../../../../test/support/listed-members.ts';
import { asMember, signUp } from '../../../../../test/support/members.ts';
import { firstLink, startSmtpServer } from '../../../../../test/support/smtp.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../../test/support/test-app.ts';
import { smtpTransport } from '../../../lib/mail-transport.ts';

const place = { postalCode: '83702', country: 'US' as const };
type Token = { role: string; waiting: boolean; roomTitle: string };

describeEachDatabase('guests invited to one meeting', (kind) => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let organizer: Listed;
  let member: Listed;
  let outsider: Listed;
  let circle: { id: string; slug: string };

  /** A one-off meeting starting `minutes` from now, on Boise's clock: its id and its start as listed. */
  async function meetingIn(minutes: number, title = 'Case consult') {
    const created = await circleCall(app, organizer, 'POST', `/api/circles/${circle.id}/meetings`, {
      title,
      start: Temporal.Now.zonedDateTimeISO('America/Boise')
        .add({ minutes })
        .toPlainDateTime()
        .toString({ smallestUnit: 'minute' }),
      timeZone: 'America/Boise',
      durationMinutes: 60,
      place: { kind: 'room' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const meeting = created.json<{ id: string; next: string[] }>();
    return { id: meeting.id, start: meeting.next[0]! };
  }
  const invite = (who: Listed, meetingId: string, body: unknown) =>
    circleCall(app, who, 'POST', `/api/meetings/${meetingId}/guests`, body);
  const token = (who: { cookie: string }) => circleCall(app, who, 'POST', `/api/rooms/circle/${circle.id}/token`, {});

  /** Invites `email`, and the guest (a new account) accepts through the emailed link's page. */
  async function acceptedGuest(meeting: { id: string; start: string }, name: string, email: string) {
    const invited = await invite(organizer, meeting.id, { email, occurrence: meeting.start });
    expect(invited.statusCode, invited.body).toBe(201);
    const mail = await smtp.waitFor(email);
    const path = new URL(firstLink(mail.text)!).pathname;
    const guest = await signUp(app, name, email);
    const accepted = await app.inject({
      method: 'POST',
      url: path,
      headers: { ...asMember(guest.cookie), 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    });
    expect(accepted.statusCode, accepted.body).toBe(303);
    expect(accepted.headers.location).toBe(`/app/rooms/circle/${circle.id}`);
    return { guest, path, invitation: invited.json<MeetingGuest>() };
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await createTestApp(kind, {
      env: { SMTP_URL: smtp.url, AUTH_SIGNUPS_PER_WINDOW: '100' },
      mailTransport: smtpTransport(smtp.url, 'Kneadwork <no-reply@kneadwork.test>'),
    });
    organizer = await listMember(app, { displayName: 'Rhea Organizer', ...place });
    member = await listMember(app, { displayName: 'Theo Member', ...place });
    outsider = await listMember(app, { displayName: 'Uma Outsider', ...place });
    circle = await startCircle(app, organizer, {
      name: 'Boise Bodywork Peers',
      visibility: 'secret',
      invite: { memberSlugs: [member.slug] },
    });
    await joined(app, member, circle.id);
  });
  afterAll(async () => {
    await app?.cleanup();
    await smtp?.close();
  });

  it('emails a guest a link whose page works without an account, and the guest waits for a host near the meeting', async () => {
    const meeting = await meetingIn(5);
    const invited = await invite(organizer, meeting.id, { email: 'Gia.Guest@Example.com', occurrence: meeting.start });
    expect(invited.statusCode, invited.body).toBe(201);
    expect(invited.json<MeetingGuest>()).toMatchObject({
      email: 'gia.guest@example.com',
      occurrence: meeting.start,
      status: 'invited',
    });
    const mail = await smtp.waitFor('gia.guest@example.com');
    expect(mail.subject).toBe('Rhea Organizer invited you to a meeting on Kneadwork');
    expect(mail.text).toContain('"Case consult", a meeting of a circle');
    expect(mail.text).toContain('(America/Boise)');
    // A secret circle is "a circle" in the mail.
    expect(mail.text).not.toContain('Boise Bodywork Peers');
    const url = firstLink(mail.text)!;
    expect(url).toMatch(/^http:\/\/localhost:3000\/circles\/guest\/[\w-]{43}$/);
    const path = new URL(url).pathname;
    const page = await app.inject({ url: path });
    expect([page.statusCode, page.body.includes('You are invited to Case consult')]).toEqual([200, true]);
    expect(page.body).toContain('href="/app/sign-up"');
    expect(page.body).not.toContain('Boise Bodywork Peers');

    const gia = await signUp(app, 'Gia Guest', 'gia.guest@example.com');
    // Not accepted yet: the room is not there for her.
    expect((await token(gia)).statusCode).toBe(404);
    const form = await app.inject({
      method: 'POST',
      url: path,
      headers: { ...asMember(gia.cookie), 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    });
    expect(form.statusCode, form.body).toBe(303);
    expect(form.headers.location).toBe(`/app/rooms/circle/${circle.id}`);
    const room = await token(gia);
    expect(room.statusCode, room.body).toBe(200);
    // Waiting, named by the meeting (not the secret circle), while the member goes straight in.
    expect(room.json<Token>()).toMatchObject({ role: 'participant', waiting: true, roomTitle: 'Case consult' });
    expect((await token(member)).json<Token>()).toMatchObject({ waiting: false });

    // Never a member: every other route of the circle is the stranger's 404.
    for (const url of [
      `/api/circles/${circle.id}`,
      `/api/circles/${circle.id}/meetings`,
      `/api/meetings/${meeting.id}`,
    ])
      expect((await circleCall(app, gia, 'GET', url)).statusCode, url).toBe(404);

    // Single use: the link opens nothing once accepted, for her or anyone else.
    expect((await app.inject({ url: path })).statusCode).toBe(404);
    const again = await app.inject({
      method: 'POST',
      url: path,
      headers: { ...asMember(outsider.cookie), 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    });
    expect(again.statusCode).toBe(404);
    expect((await token(outsider)).statusCode).toBe(404);

    const listed = await circleCall(app, organizer, 'GET', `/api/meetings/${meeting.id}/guests`);
    expect(listed.json<{ items: MeetingGuest[] }>().items).toEqual([
      expect.objectContaining({ email: 'gia.guest@example.com', status: 'accepted' }),
    ]);
  });

  it('opens the room to a guest only around their own occurrence', async () => {
    const later = await meetingIn(180, 'Later consult');
    const { guest } = await acceptedGuest(later, 'Hal Guest', 'hal.guest@example.com');
    expect((await token(guest)).statusCode).toBe(404);
  });

  it('shuts the room to a revoked guest at once, and the revoked link opens nothing', async () => {
    const meeting = await meetingIn(3, 'Short consult');
    const { guest, path, invitation } = await acceptedGuest(meeting, 'Ivy Guest', 'ivy.guest@example.com');
    expect((await token(guest)).json<Token>()).toMatchObject({ waiting: true });
    const revoked = await circleCall(app, organizer, 'DELETE', `/api/meetings/${meeting.id}/guests/${invitation.id}`);
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json<MeetingGuest>().status).toBe('revoked');
    expect((await token(guest)).statusCode).toBe(404);
    expect((await app.inject({ url: path })).statusCode).toBe(404);

    // An invitation revoked before anyone accepted it opens nothing either.
    expect(
      (await invite(organizer, meeting.id, { email: 'jo@example.com', occurrence: meeting.start })).statusCode,
    ).toBe(201);
    const unaccepted = new URL(firstLink((await smtp.waitFor('jo@example.com')).text)!).pathname;
    const jo = (await circleCall(app, organizer, 'GET', `/api/meetings/${meeting.id}/guests`))
      .json<{ items: MeetingGuest[] }>()
      .items.find((each) => each.email === 'jo@example.com')!;
    await circleCall(app, organizer, 'DELETE', `/api/meetings/${meeting.id}/guests/${jo.id}`);
    expect((await app.inject({ url: unaccepted })).statusCode).toBe(404);
  });

  it('lets only organizers invite, and names the field of a bad address or a start that is no occurrence', async () => {
    const meeting = await meetingIn(60 * 24);
    const body = { email: 'kim@example.com', occurrence: meeting.start };
    for (const who of [member, outsider]) {
      const refused = await invite(who, meeting.id, body);
      expect(refused.statusCode).toBe(404);
      expect(errorOf(refused).message).toBe('No such meeting');
      expect((await circleCall(app, who, 'GET', `/api/meetings/${meeting.id}/guests`)).statusCode).toBe(404);
    }
    const badEmail = await invite(organizer, meeting.id, { ...body, email: 'not an address' });
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.body).toContain('email');
    const notAStart = await invite(organizer, meeting.id, {
      ...body,
      occurrence: Temporal.Instant.from(meeting.start).add({ minutes: 7 }).toString(),
    });
    expect(notAStart.statusCode).toBe(400);
    expect(errorOf(notAStart).details).toEqual([expect.objectContaining({ field: 'occurrence' })]);
  });
});
