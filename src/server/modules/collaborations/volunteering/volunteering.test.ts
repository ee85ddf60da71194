// Volunteer events: shifts never go over capacity under concurrent sign-ups, withdrawing frees the
// seat, each volunteer is reminded once before their shift by email (a real SMTP server), and the
// links in that email and in the shift's calendar file all open. A hidden event is gone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { VolunteerEvent } from '../../../../contracts/collaborations.ts';
import { smtpTransport } from '../../../lib/mail-transport.ts';
import { collabCall, collabOk, volunteerBody } from '../../../../../test/support/collaborations.ts';
import { listMember, type Listed } from '../../../../../test/support/listed-members.ts';
import { startSmtpServer } from '../../../../../test/support/smtp.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../../test/support/test-app.ts';

const webRoutes = readFileSync(path.resolve(import.meta.dirname, '../../../../web/app/router.tsx'), 'utf8');

describeEachDatabase('volunteer events', (kind) => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let organizer: Listed;
  const volunteers: Listed[] = [];

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await createTestApp(kind, {
      env: { RATE_LIMIT_PER_MINUTE: '100000' },
      mailTransport: smtpTransport(smtp.url, 'Kneadwork <no-reply@kneadwork.test>'),
    });
    organizer = await listMember(app, { displayName: 'Rosa Diaz', postalCode: '97204', country: 'US' });
    for (let n = 0; n < 12; n++)
      volunteers.push(
        await listMember(app, { displayName: `Volunteer ${n} Park`, postalCode: '97205', country: 'US' }),
      );
  });
  afterAll(async () => {
    await app?.cleanup();
    await smtp?.close();
  });

  /** A link opens: an /app/ page is a route of the web app and its record opens for the member; anything else answers 200. */
  async function opens(link: string, member: Listed) {
    const appPage = /^\/app\/collaborations\/volunteering\/([^/]+)$/.exec(link.slice(origin.length));
    const url = appPage ? `/api/volunteer-events/${appPage[1]}` : link.slice(origin.length);
    if (appPage) expect(webRoutes).toContain("path: 'collaborations/volunteering/:id'");
    const response = await app.inject({ method: 'GET', url, headers: { cookie: member.cookie } });
    expect(response.statusCode, link).toBe(200);
  }

  const signUrl = (event: VolunteerEvent) => `/api/volunteer-events/${event.id}/shifts/${event.shifts[0]!.id}/signup`;

  it('never puts a shift over capacity when many sign up at once', async () => {
    const event = await collabOk<VolunteerEvent>(
      app,
      organizer,
      'POST',
      '/api/volunteer-events',
      volunteerBody(5),
      201,
    );
    const answers = await Promise.all(volunteers.map((member) => collabCall(app, member, 'POST', signUrl(event))));
    const codes = answers.map((response) => response.statusCode).sort();
    expect(codes.filter((code) => code === 200)).toHaveLength(5);
    expect(codes.filter((code) => code === 409)).toHaveLength(7);
    const seen = await collabOk<VolunteerEvent>(app, organizer, 'GET', `/api/volunteer-events/${event.id}`);
    expect(seen.shifts[0]).toMatchObject({ capacity: 5, taken: 5 });
    expect(seen.shifts[0]!.volunteers).toHaveLength(5);
    // A volunteer sees seats, never who took them.
    const volunteer = volunteers[0]!;
    expect(
      (await collabOk<VolunteerEvent>(app, volunteer, 'GET', `/api/volunteer-events/${event.id}`)).shifts[0]!
        .volunteers,
    ).toBeNull();
  });

  it('frees the seat on withdraw, and refuses a double sign-up', async () => {
    const event = await collabOk<VolunteerEvent>(
      app,
      organizer,
      'POST',
      '/api/volunteer-events',
      volunteerBody(1),
      201,
    );
    const [first, second] = volunteers;
    await collabOk(app, first!, 'POST', signUrl(event));
    const again = await collabCall(app, first!, 'POST', signUrl(event));
    expect(again.json<{ error: { reason?: string } }>().error.reason).toBe('already_signed_up');
    const full = await collabCall(app, second!, 'POST', signUrl(event));
    expect(full.statusCode).toBe(409);
    expect(full.json<{ error: { reason?: string } }>().error.reason).toBe('shift_full');
    const after = await collabOk<VolunteerEvent>(app, first!, 'DELETE', signUrl(event));
    expect(after.shifts[0]).toMatchObject({ taken: 0, mine: false });
    expect((await collabCall(app, first!, 'DELETE', signUrl(event))).statusCode).toBe(409);
    expect((await collabOk<VolunteerEvent>(app, second!, 'POST', signUrl(event))).shifts[0]).toMatchObject({
      taken: 1,
      mine: true,
    });
  });

  it('reminds each volunteer once before the shift, with links that open', async () => {
    const soon = await collabOk<VolunteerEvent>(
      app,
      organizer,
      'POST',
      '/api/volunteer-events',
      volunteerBody(3, 5),
      201,
    );
    const later = await collabOk<VolunteerEvent>(
      app,
      organizer,
      'POST',
      '/api/volunteer-events',
      volunteerBody(3, 72),
      201,
    );
    const volunteer = volunteers[11]!;
    await collabOk(app, volunteer, 'POST', signUrl(soon));
    await collabOk(app, volunteer, 'POST', signUrl(later));
    const runs = await Promise.all([
      app.services.collaborations.sendVolunteerReminders(),
      app.services.collaborations.sendVolunteerReminders(),
    ]);
    expect(runs.reduce((sum, n) => sum + n, 0)).toBe(1);
    expect(await app.services.collaborations.sendVolunteerReminders()).toBe(0);
    const mail = await smtp.waitFor(
      volunteer.email,
      (each) => each.subject?.includes('Marathon recovery tent') ?? false,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const reminders = smtp.received.filter(
      (each) => JSON.stringify(each.to).includes(volunteer.email) && each.subject?.startsWith('Reminder'),
    );
    expect(reminders).toHaveLength(1);
    const links = [...(mail.text ?? '').matchAll(/https?:\/\/\S+/g)].map((match) => match[0]);
    expect(links).toEqual([
      `${origin}/app/collaborations/volunteering/${soon.id}`,
      `${origin}/api/volunteer-events/${soon.id}/shifts/${soon.shifts[0]!.id}/calendar.ics`,
    ]);
    for (const link of links) await opens(link, volunteer);
    const ics = await app.inject({
      method: 'GET',
      url: links[1]!.slice(origin.length),
      headers: { cookie: volunteer.cookie },
    });
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    expect(ics.body).toContain('BEGIN:VEVENT');
    expect(ics.body).toContain('SUMMARY:Marathon recovery tent');
    const url = /^URL[^:]*:(.+)$/m.exec(ics.body.replace(/\r\n /g, ''))![1]!.trim();
    expect(url).toBe(links[0]);
    await opens(url, volunteer);
  });

  it('names the field on bad input', async () => {
    const body = volunteerBody(0);
    const response = await collabCall(app, organizer, 'POST', '/api/volunteer-events', body);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe(
      'shifts.0.capacity',
    );
    const backwards = volunteerBody();
    backwards.shifts[0]!.endsAt = backwards.shifts[0]!.startsAt;
    const reversed = await collabCall(app, organizer, 'POST', '/api/volunteer-events', backwards);
    expect(reversed.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe(
      'shifts.0.endsAt',
    );
  });

  it('hidden by moderation: gone from the hub and the detail, and nobody is reminded', async () => {
    const event = await collabOk<VolunteerEvent>(
      app,
      organizer,
      'POST',
      '/api/volunteer-events',
      volunteerBody(2, 3),
      201,
    );
    await collabOk(app, volunteers[10]!, 'POST', signUrl(event));
    const reportable = app.services.collaborations.reportables.find((each) => each.kind === 'volunteer-event')!;
    await reportable.setHidden(event.id, true);
    expect((await collabCall(app, organizer, 'GET', `/api/volunteer-events/${event.id}`)).statusCode).toBe(404);
    expect((await collabCall(app, volunteers[10]!, 'POST', signUrl(event))).statusCode).toBe(404);
    const hub = await collabOk<{ volunteering: { id: string }[] }>(app, organizer, 'GET', '/api/collaborations');
    expect(hub.volunteering.map((each) => each.id)).not.toContain(event.id);
    expect(await app.services.collaborations.sendVolunteerReminders()).toBe(0);
  });
});
