// Getting people into a circle: a shareable link until it is revoked, an emailed invitation that
// reaches someone without an account (received by a real SMTP server; they sign up and join
// through it), members of my network and my professionals invited as the circle starts, and a
// member cap that holds when twenty people join at once.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Circle } from '../../../contracts/circles.ts';
import { circleCall, errorOf, join, joined, membersOf, startCircle } from '../../../../test/support/circles.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { asMember, signUp } from '../../../../test/support/members.ts';
import { firstLink, startSmtpServer } from '../../../../test/support/smtp.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';
import { smtpTransport } from '../../lib/mail-transport.ts';

describeEachDatabase('circle invitations and the member cap', (kind) => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let maria: Listed;
  let sam: Listed;
  let lee: Listed;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await createTestApp(kind, {
      env: { SMTP_URL: smtp.url, AUTH_SIGNUPS_PER_WINDOW: '100' },
      mailTransport: smtpTransport(smtp.url, 'Kneadwork <no-reply@kneadwork.test>'),
    });
    maria = await listMember(app, { displayName: 'Maria Alvarez', postalCode: '02116', country: 'US' });
    sam = await listMember(app, { displayName: 'Sam Okafor', postalCode: '02139', country: 'US' });
    lee = await listMember(app, { displayName: 'Lee Chen', postalCode: '02139', country: 'US' });
  });
  afterAll(async () => {
    await app?.cleanup();
    await smtp?.close();
  });

  it('lets people in through a link until it is revoked, then refuses it', async () => {
    const circle = await startCircle(app, maria, { name: 'Link Circle', visibility: 'secret', online: true });
    const created = await circleCall(app, maria, 'POST', `/api/circles/${circle.id}/invitations/link`);
    expect(created.statusCode, created.body).toBe(201);
    const link = created.json<{ id: string; url: string; token: string }>();
    expect(link.url).toBe(`http://localhost:3000/circles/join/${link.token}`);
    // The holder of the link sees what it opens, even of a secret circle, without signing in.
    const preview = await circleCall(app, null, 'GET', `/api/circles/invitations/${link.token}`);
    expect(preview.json()).toMatchObject({ name: 'Link Circle', visibility: 'secret', memberCount: 1 });
    const accepted = await circleCall(app, sam, 'POST', `/api/circles/invitations/${link.token}/accept`);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<Circle>().me).toEqual({ role: 'member', status: 'active' });

    const revoked = await circleCall(app, maria, 'DELETE', `/api/circles/${circle.id}/invitations/${link.id}`);
    expect(revoked.json()).toMatchObject({ revoked: true, uses: 1 });
    for (const response of [
      await circleCall(app, lee, 'POST', `/api/circles/invitations/${link.token}/accept`),
      await circleCall(app, null, 'GET', `/api/circles/invitations/${link.token}`),
    ]) {
      expect(response.statusCode, response.body).toBe(404);
      expect(errorOf(response).message).toMatch(/^No such invitation/);
    }
    expect((await circleCall(app, lee, 'GET', `/api/circles/${circle.id}`)).statusCode).toBe(404);
    const page = await app.inject({ url: `/circles/join/${link.token}` });
    expect([page.statusCode, page.body.includes('does not open any more')]).toEqual([404, true]);
    // Who joined stays.
    expect((await membersOf(app, sam, circle.id)).map((each) => each.member?.slug)).toEqual([maria.slug, sam.slug]);
  });

  it('emails an invitation to someone without an account, who signs up and joins through it once', async () => {
    const circle = await startCircle(app, maria, {
      name: 'Private Practice Builders',
      visibility: 'private',
      invite: { emails: ['Dana.New@Example.com'] },
    });
    expect(circle.invited).toEqual({ members: 0, emails: 1 });
    const mail = await smtp.waitFor('dana.new@example.com');
    expect(mail.subject).toBe('Maria Alvarez invited you to a circle on Kneadwork');
    // The mail names who invites, never the circle's own words.
    expect(mail.text).not.toMatch(/Private Practice Builders/);
    const url = firstLink(mail.text)!;
    expect(url).toMatch(/^http:\/\/localhost:3000\/circles\/join\/[\w-]{43}$/);
    const path = new URL(url).pathname;
    const token = path.split('/').at(-1)!;

    // The link's page works without an account and without JavaScript.
    const page = await app.inject({ url: path });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('You are invited to Private Practice Builders');
    expect(page.body).toContain('href="/app/sign-up"');
    expect(page.body).not.toMatch(/<script(?![^>]*application\/ld\+json)/);

    const dana = await signUp(app, 'Dana New', 'dana.new@example.com');
    // Joining through the page's form, as a browser without JavaScript would.
    const form = await app.inject({
      method: 'POST',
      url: path,
      headers: { ...asMember(dana.cookie), 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    });
    expect(form.statusCode, form.body).toBe(303);
    expect(form.headers.location).toBe(`/app/circles/${circle.id}`);
    const seen = await circleCall(app, dana, 'GET', `/api/circles/${circle.id}`);
    expect(seen.json<Circle>()).toMatchObject({ me: { status: 'active', role: 'member' }, memberCount: 2 });
    // Used once: nobody else gets in with it.
    const second = await circleCall(app, lee, 'POST', `/api/circles/invitations/${token}/accept`);
    expect(second.statusCode).toBe(404);
  });

  it('invites members of my network in the app and my professionals by email when the circle starts', async () => {
    const contact = await circleCall(app, maria, 'POST', '/api/contacts', {
      name: 'Dr. Anika Patel',
      profession: 'physiotherapist',
      email: 'anika@physio.example',
    });
    expect(contact.statusCode, contact.body).toBe(201);
    const circle = await startCircle(app, maria, {
      name: 'Referral Partners Chapter',
      kind: 'association-chapter',
      visibility: 'secret',
      invite: { memberSlugs: [lee.slug], contactIds: [contact.json<{ id: string }>().id] },
    });
    expect(circle.invited).toEqual({ members: 1, emails: 1 });
    await smtp.waitFor('anika@physio.example');
    const notices = (await circleCall(app, lee, 'GET', '/api/notifications')).json<{
      items: { kind: string; title: string; link: string }[];
    }>().items;
    expect(notices.find((each) => each.kind === 'circle.invited')).toMatchObject({
      title: 'Maria Alvarez invited you to a circle',
      link: `/app/circles/${circle.id}`,
    });
    // The invitation lets Lee see the secret circle and join it without approval; Sam sees nothing.
    expect((await circleCall(app, lee, 'GET', `/api/circles/${circle.id}`)).json<Circle>().me?.status).toBe('invited');
    expect((await circleCall(app, sam, 'GET', `/api/circles/${circle.id}`)).statusCode).toBe(404);
    expect((await joined(app, lee, circle.id)).me?.status).toBe('active');
    // A contact of someone else's is not mine to invite: a 400 naming the field.
    const other = await circleCall(app, sam, 'POST', `/api/circles/${circle.id}/invitations`, {
      emails: ['x@example.com'],
    });
    expect(other.statusCode).toBe(404);
    const notMine = await circleCall(app, maria, 'POST', `/api/circles/${circle.id}/invitations`, {
      contactIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(notMine.statusCode).toBe(400);
    expect(errorOf(notMine).details?.[0]?.field).toBe('contactIds.0');
  });

  it('holds the member cap when twenty people join at once: exactly the free seats are taken', async () => {
    const circle = await startCircle(app, maria, { name: 'Capped Circle', memberCap: 6 });
    const people = await Promise.all(
      Array.from({ length: 20 }, (_, index) => signUp(app, `Joiner ${index}`, `joiner.${index}.${kind}@example.com`)),
    );
    const answers = await Promise.all(people.map((person) => join(app, person, circle.id)));
    const statuses = answers.map((response) => response.statusCode).sort();
    expect(statuses.filter((status) => status === 200)).toHaveLength(5);
    expect(statuses.filter((status) => status === 409)).toHaveLength(15);
    expect(
      answers.filter((response) => response.statusCode === 409).map((response) => errorOf(response).reason),
    ).toEqual(Array.from({ length: 15 }, () => 'circle_full'));
    expect((await circleCall(app, maria, 'GET', `/api/circles/${circle.id}`)).json<Circle>().memberCount).toBe(6);
    expect(await membersOf(app, maria, circle.id)).toHaveLength(6);
  });
});
