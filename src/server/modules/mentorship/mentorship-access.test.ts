// A mentorship is visible only to its two parties. The walk calls every /api/mentorships route in
// the OpenAPI document that names a record: both parties may read it; a third member and an
// anonymous caller get the 404 a missing mentorship gets, and nothing changes. A new route
// without a case fails. The routes without a record are each behind the session.
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  expectRecordRoutesBehindSession,
  anonymousActor,
  memberActor,
  tableRows,
  walkRecordRoutes,
} from '../../../../test/support/access-walk.ts';
import type { Listed } from '../../../../test/support/listed-members.ts';
import {
  acceptRequest,
  mentoringMember,
  mentorshipCall,
  requestMentor,
  spaceOf,
} from '../../../../test/support/mentorship.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

const place = { postalCode: '02116', country: 'US' } as const;
const startsAt = () => new Date(Date.now() + 7 * 86_400_000).toISOString();
const bodies = {
  'POST /api/mentorships/{id}/decline': [{ note: 'Not mine to answer' }],
  'POST /api/mentorships/{id}/end': [{ feedback: 'Snooping' }],
  'POST /api/mentorships/{id}/feedback': [{ feedback: 'Snooping' }],
  'POST /api/mentorships/{id}/goals': [{ title: 'Snooping' }],
  'POST /api/mentorships/{id}/check-ins': [{ startsAt: startsAt(), remindMinutesBefore: 30 }],
  'PUT /api/mentorships/{id}/note': [{ text: 'Snooping' }],
};
const recordRoutes = [
  'GET /api/mentorships/{id}',
  'POST /api/mentorships/{id}/accept',
  'POST /api/mentorships/{id}/decline',
  'POST /api/mentorships/{id}/withdraw',
  'POST /api/mentorships/{id}/end',
  'POST /api/mentorships/{id}/feedback',
  'POST /api/mentorships/{id}/goals',
  'POST /api/mentorships/{id}/goals/{goalId}/done',
  'POST /api/mentorships/{id}/check-ins',
  'PUT /api/mentorships/{id}/note',
  'POST /api/mentorships/{id}/conversation',
];

describeEachDatabase('mentorship: only the two parties see a mentorship', (kind) => {
  let app: TestApp;
  let mentor: Listed;
  let mentee: Listed;
  let stranger: Listed;
  let id: string;
  let goalId: string;

  beforeAll(async () => {
    app = await createTestApp(kind);
    mentor = await mentoringMember(
      app,
      { displayName: 'Mona Mentor', ...place, firstYearInPractice: 2004 },
      {
        offering: { areas: ['business'], capacity: 2, format: 'both' },
      },
    );
    mentee = await mentoringMember(
      app,
      { displayName: 'Milo Mentee', ...place, firstYearInPractice: 2024 },
      {
        seeking: { areas: ['business'], format: 'online' },
      },
    );
    stranger = await mentoringMember(app, { displayName: 'Sid Stranger', ...place, firstYearInPractice: 2010 }, {});
    id = (await requestMentor(app, mentee, mentor, 'REQUEST-SECRET')).id;
    await acceptRequest(app, mentor, id);
    await mentorshipCall(app, mentee, 'POST', `/api/mentorships/${id}/goals`, { title: 'GOAL-SECRET' });
    await mentorshipCall(app, mentor, 'PUT', `/api/mentorships/${id}/note`, { text: 'NOTE-SECRET' });
    goalId = (await spaceOf(app, mentee, id)).goals[0]!.id;
  });
  afterAll(async () => app?.cleanup());

  it('knows every mentorship route that names a record, each behind the session', async () => {
    await expectRecordRoutesBehindSession(app, { tags: ['mentorship'] }, recordRoutes);
  });

  it('answers a third member and an anonymous caller the same 404 on every such route, changing nothing', async () => {
    await walkRecordRoutes(app, {
      tags: ['mentorship'],
      actors: [
        memberActor('the mentor', mentor, 'allowed'),
        memberActor('the mentee', mentee, 'allowed'),
        memberActor('a third member', stranger, 'not-found'),
        anonymousActor('not-found'),
      ],
      params: { id, goalId },
      bodies,
      secrets: ['REQUEST-SECRET', 'GOAL-SECRET', 'NOTE-SECRET'],
      snapshot: async () => ({
        view: await spaceOf(app, mentor, id),
        rows: await tableRows(app, [
          'mentorships',
          'mentorship_goals',
          'mentorship_check_ins',
          'mentorship_notes',
          'mentoring_profiles',
        ]),
      }),
    });
  });

  it('keeps the mentorship out of a third member’s list, and refuses anonymous callers on every other route', async () => {
    expect((await mentorshipCall(app, stranger, 'GET', '/api/mentorships')).json()).toEqual({ items: [] });
    expect(
      (await mentorshipCall(app, mentee, 'GET', '/api/mentorships')).json<{ items: unknown[] }>().items,
    ).toHaveLength(1);
    for (const url of ['/api/mentorships', '/api/me/mentoring', '/api/mentoring/suggestions'])
      expect((await mentorshipCall(app, null, 'GET', url)).statusCode, url).toBe(401);
    const writes = [
      ['POST', '/api/mentorships', { mentorSlug: mentor.slug, message: 'Hi' }],
      ['PUT', '/api/me/mentoring', { seeking: null }],
    ] as const;
    for (const [method, url, body] of writes)
      expect((await mentorshipCall(app, null, method, url, body)).statusCode, url).toBe(401);
  });
});
