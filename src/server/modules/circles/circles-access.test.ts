// A secret circle and everything in it does not exist for anyone but its members. The access walk
// calls every /api/circles route in the OpenAPI document that names a record: an outsider, a member
// who was removed, one who was banned, and an anonymous caller all get the 404 a circle that does
// not exist gets, and nothing changes. A new route without a case fails here. A private circle is
// listed, but its members and rules are its members' alone.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Circle } from '../../../contracts/circles.ts';
import {
  anonymousActor,
  memberActor,
  moduleRoutes,
  namesRecord,
  tableRows,
  walkRecordRoutes,
} from '../../../../test/support/access-walk.ts';
import { circleCall, joined, memberIdOf, startCircle, uploadPdf } from '../../../../test/support/circles.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

const recordRoutes = [
  'GET /api/circles/{id}',
  'PATCH /api/circles/{id}',
  'GET /api/circles/{id}/members',
  'POST /api/circles/{id}/members',
  'DELETE /api/circles/{id}/members/me',
  'DELETE /api/circles/{id}/members/{memberId}',
  'POST /api/circles/{id}/members/{memberId}/approve',
  'POST /api/circles/{id}/members/{memberId}/decline',
  'POST /api/circles/{id}/members/{memberId}/ban',
  'POST /api/circles/{id}/members/{memberId}/role',
  'GET /api/circles/{id}/invitations',
  'POST /api/circles/{id}/invitations',
  'POST /api/circles/{id}/invitations/link',
  'DELETE /api/circles/{id}/invitations/{invitationId}',
  'GET /api/circles/invitations/{token}',
  'POST /api/circles/invitations/{token}/accept',
  // Meetings (circles/meetings): a secret circle's meetings are the same nobody's business.
  'POST /api/circles/{id}/meetings',
  'POST /api/circles/{id}/meetings/preview',
  'GET /api/circles/{id}/meetings',
  'GET /api/circles/{id}/meetings/{meetingId}/occurrences',
  // Discussions (circles/discussions): members only, in every circle.
  'GET /api/circles/{id}/threads',
  'POST /api/circles/{id}/threads',
  'POST /api/circles/{id}/attachments',
  'GET /api/circles/{id}/attachments/{file}',
  'GET /api/circles/{id}/reports',
  'POST /api/circles/{id}/reports/{reportId}/resolve',
];
const meetingRoutes = [
  'GET /api/meetings/{meetingId}',
  'GET /api/meetings/{meetingId}/calendar.ics',
  'POST /api/meetings/{meetingId}/occurrences/{start}/rsvp',
  'POST /api/meetings/{meetingId}/occurrences/{start}/change',
  'POST /api/meetings/{meetingId}/confirm',
  'POST /api/meetings/{meetingId}/rsvp',
  'GET /api/meetings/{meetingId}/occurrences/{start}/check-in',
  'POST /api/meetings/{meetingId}/occurrences/{start}/check-in',
  'PATCH /api/meetings/{meetingId}',
  'GET /api/meetings/{meetingId}/occurrences/{start}/attendance',
  'PUT /api/meetings/{meetingId}/occurrences/{start}/attendance',
  'GET /api/meetings/{meetingId}/occurrences/{start}/notes',
  'PUT /api/meetings/{meetingId}/occurrences/{start}/notes',
  // Guests of one occurrence (meeting-guests.routes.ts): organizers only.
  'POST /api/meetings/{meetingId}/guests',
  'GET /api/meetings/{meetingId}/guests',
  'DELETE /api/meetings/{meetingId}/guests/{guestId}',
];
const discussionRoutes = [
  'GET /api/threads/{threadId}',
  'POST /api/threads/{threadId}/posts',
  'POST /api/threads/{threadId}/moderation',
  'PATCH /api/posts/{postId}',
  'POST /api/posts/{postId}/moderation',
  'POST /api/posts/{postId}/reports',
];
const prefixes = ['/api/circles', '/api/meetings', '/api/threads', '/api/posts'];
const meetingBody = {
  title: 'Inner circle call',
  start: '2027-03-09T12:00',
  timeZone: 'America/Boise',
  rrule: 'FREQ=MONTHLY;BYDAY=2TU',
  durationMinutes: 60,
  place: { kind: 'room' },
};

describeEachDatabase('circles: a secret circle is nobody else’s business', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let sam: Listed;
  let lee: Listed;
  let removed: Listed;
  let banned: Listed;
  let secret: Circle;
  let samMemberId: string;
  let invitationId: string;
  let meetingId: string;
  let meetingStart: string;
  let guestId: string;
  let threadId: string;
  let postId: string;
  let reportId: string;
  let file: string;

  beforeAll(async () => {
    app = await createTestApp(kind);
    const place = { postalCode: '02139', country: 'US' as const };
    maria = await listMember(app, { displayName: 'Maria Alvarez', ...place });
    sam = await listMember(app, { displayName: 'Sam Okafor', ...place });
    lee = await listMember(app, { displayName: 'Lee Chen', ...place });
    removed = await listMember(app, { displayName: 'Rita Removed', ...place });
    banned = await listMember(app, { displayName: 'Bart Banned', ...place });
    secret = await startCircle(app, maria, {
      name: 'Quiet Mastermind',
      visibility: 'secret',
      rules: 'What is said here stays here.',
      invite: { memberSlugs: [sam.slug, removed.slug, banned.slug] },
    });
    for (const who of [sam, removed, banned]) await joined(app, who, secret.id);
    samMemberId = await memberIdOf(app, maria, secret.id, sam.slug);
    for (const [who, how] of [
      [removed, 'DELETE'],
      [banned, 'POST'],
    ] as const) {
      const id = await memberIdOf(app, maria, secret.id, who.slug);
      const url = `/api/circles/${secret.id}/members/${id}${how === 'POST' ? '/ban' : ''}`;
      expect((await circleCall(app, maria, how, url)).statusCode).toBe(200);
    }
    const link = await circleCall(app, maria, 'POST', `/api/circles/${secret.id}/invitations/link`);
    invitationId = link.json<{ id: string }>().id;
    const meeting = await circleCall(app, maria, 'POST', `/api/circles/${secret.id}/meetings`, meetingBody);
    expect(meeting.statusCode, meeting.body).toBe(201);
    ({
      id: meetingId,
      next: [meetingStart],
    } = meeting.json<{ id: string; next: string[] }>() as {
      id: string;
      next: [string];
    });
    const guest = await circleCall(app, maria, 'POST', `/api/meetings/${meetingId}/guests`, {
      email: 'guest@example.com',
      occurrence: meetingStart,
    });
    expect(guest.statusCode, guest.body).toBe(201);
    guestId = guest.json<{ id: string }>().id;
    // A support thread with a file, a reply from Sam and Sam's report of Maria's post.
    file = (await uploadPdf(app, maria, secret.id)).file;
    const thread = await circleCall(app, maria, 'POST', `/api/circles/${secret.id}/threads`, {
      title: 'Burnout this winter',
      category: 'support',
      body: 'I am running on empty.',
      attachments: [file],
    });
    expect(thread.statusCode, thread.body).toBe(201);
    threadId = thread.json<{ id: string }>().id;
    postId = (await circleCall(app, maria, 'GET', `/api/threads/${threadId}`)).json<{ posts: { id: string }[] }>()
      .posts[0]!.id;
    await circleCall(app, sam, 'POST', `/api/threads/${threadId}/posts`, { body: 'You are not alone.' });
    await circleCall(app, sam, 'POST', `/api/posts/${postId}/reports`, { reason: 'Testing the walk' });
    reportId = (await circleCall(app, maria, 'GET', `/api/circles/${secret.id}/reports`)).json<{
      items: { id: string }[];
    }>().items[0]!.id;
  });
  afterAll(async () => app?.cleanup());

  it('knows every circle route that names a record, each behind the session but the invitation preview', async () => {
    const routes = await moduleRoutes(app, { prefixes });
    expect(
      routes
        .filter(namesRecord)
        .map((route) => route.key)
        .sort(),
    ).toEqual([...recordRoutes, ...meetingRoutes, ...discussionRoutes].sort());
    for (const route of routes.filter(
      (each) => !['GET /api/circles', 'GET /api/circles/invitations/{token}'].includes(each.key),
    ))
      expect(route.operation.security, route.key).toEqual([{ session: [] }]);
  });

  it('answers an outsider, a removed and a banned member and an anonymous caller the same 404 everywhere, changing nothing', async () => {
    await walkRecordRoutes(app, {
      prefixes,
      actors: [
        memberActor('the organizer', maria, 'allowed'),
        memberActor('an outsider', lee, 'not-found'),
        memberActor('a removed member', removed, 'not-found'),
        memberActor('a banned member', banned, 'not-found'),
        anonymousActor('not-found'),
      ],
      params: {
        id: secret.id,
        memberId: samMemberId,
        invitationId,
        meetingId,
        start: meetingStart,
        guestId,
        threadId,
        postId,
        reportId,
        file,
      },
      missing: { start: '2027-03-09T12:00:00-07:00', file: `${'0'.repeat(32)}.pdf` },
      bodies: {
        'PATCH /api/circles/{id}': [{ name: 'Hijacked', visibility: 'public', memberCap: null }],
        'POST /api/circles/{id}/members/{memberId}/role': [{ role: 'co-organizer' }, { role: 'member' }],
        'POST /api/circles/{id}/invitations': [{ memberSlugs: [lee.slug] }, { emails: ['someone@example.com'] }],
        'POST /api/circles/{id}/meetings': [meetingBody],
        'POST /api/circles/{id}/meetings/preview': [
          { start: meetingBody.start, timeZone: meetingBody.timeZone, repeat: { repeat: 'none' } },
        ],
        'POST /api/meetings/{meetingId}/occurrences/{start}/rsvp': [{ going: true }],
        'POST /api/meetings/{meetingId}/occurrences/{start}/change': [{ action: 'cancel' }],
        'POST /api/meetings/{meetingId}/rsvp': [{ going: true }],
        'POST /api/circles/{id}/threads': [{ title: 'Hijacked', category: 'general', body: 'Hello' }],
        'POST /api/threads/{threadId}/posts': [{ body: 'Let me in' }],
        'POST /api/threads/{threadId}/moderation': [{ pinned: true, locked: true, hidden: true }],
        'PATCH /api/posts/{postId}': [{ body: 'Rewritten' }],
        'POST /api/posts/{postId}/moderation': [{ hidden: true }],
        'POST /api/posts/{postId}/reports': [{ reason: 'Nosy report' }],
        'PATCH /api/meetings/{meetingId}': [{ scope: 'all', title: 'Hijacked', time: '07:00' }],
        'PUT /api/meetings/{meetingId}/occurrences/{start}/attendance': [{ present: [] }],
        'PUT /api/meetings/{meetingId}/occurrences/{start}/notes': [{ body: 'Hijacked', version: 0 }],
        'POST /api/meetings/{meetingId}/guests': [{ email: 'nosy@example.com', occurrence: meetingStart }],
      },
      skip: {
        'GET /api/circles/invitations/{token}':
          'the token is the permission: whoever holds a live one may see its circle (circles-invitations.test.ts)',
        'POST /api/circles/invitations/{token}/accept':
          'the token is the permission: revoked or used ones are refused (circles-invitations.test.ts)',
      },
      secrets: ['Quiet Mastermind', 'What is said here stays here.', 'Burnout this winter', 'running on empty'],
      snapshot: async () => ({
        view: (await circleCall(app, maria, 'GET', `/api/circles/${secret.id}`)).json<Circle>(),
        rows: await tableRows(app, [
          'circles',
          'circle_members',
          'circle_invitations',
          'circle_meetings',
          'meeting_rsvps',
          'meeting_seats',
          'meeting_attendance',
          'meeting_notes',
          'meeting_guests',
          'notifications',
          'circle_threads',
          'circle_posts',
          'circle_post_reports',
          'circle_post_attachments',
        ]),
      }),
    });
  });

  it('finds the secret circle for nobody else, and by its slug neither', async () => {
    for (const who of [lee, removed, banned, null]) {
      const list = (await circleCall(app, who, 'GET', '/api/circles?pageSize=100')).json<{ items: { id: string }[] }>();
      expect(list.items.map((item) => item.id)).not.toContain(secret.id);
      expect((await circleCall(app, who, 'GET', `/api/circles/${secret.slug}`)).statusCode).toBe(404);
    }
    expect((await circleCall(app, sam, 'GET', `/api/circles/${secret.slug}`)).json<Circle>().rules).toBe(
      'What is said here stays here.',
    );
  });

  it('lists a private circle, but keeps its members and rules to its members', async () => {
    const circle = await startCircle(app, maria, { name: 'Private Peers', visibility: 'private', rules: 'Be kind.' });
    const seen = await circleCall(app, lee, 'GET', `/api/circles/${circle.id}`);
    expect(seen.json<Circle>()).toMatchObject({ name: 'Private Peers', rules: null });
    expect((await circleCall(app, lee, 'GET', `/api/circles/${circle.id}/members`)).statusCode).toBe(404);
    expect((await circleCall(app, lee, 'GET', `/api/circles/${circle.id}/invitations`)).statusCode).toBe(404);
    expect((await circleCall(app, null, 'GET', `/api/circles/${circle.id}`)).statusCode).toBe(404);
  });
});
