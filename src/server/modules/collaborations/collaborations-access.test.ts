// Who reaches what in collaborations. Every route that names a record is walked from the OpenAPI
// document: an anonymous caller gets the module's 404 (as for a record that does not exist) on all
// of them; a member who is not the organizer, lead or invitee gets the same 404 on the routes that
// manage or answer, and the records are unchanged. Routes open to every member by design are named.
// New accounts may create only NEW_ACCOUNT_DAILY_POSTS posts a day, of every kind.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Campaign, CouplesRequest, ResearchProject, VolunteerEvent } from '../../../contracts/collaborations.ts';
import {
  anonymousActor,
  memberActor,
  moduleRoutes,
  namesRecord,
  tableRows,
  walkRecordRoutes,
  type Route,
} from '../../../../test/support/access-walk.ts';
import {
  ageAccounts,
  campaignBody,
  collabCall,
  collabOk,
  couplesBody,
  researchBody,
  volunteerBody,
} from '../../../../test/support/collaborations.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

const tables = [
  'campaigns',
  'campaign_participants',
  'campaign_hits',
  'research_projects',
  'research_members',
  'research_signups',
  'volunteer_events',
  'volunteer_shifts',
  'volunteer_signups',
  'couples_requests',
];
const prefixes = ['/api/campaigns', '/api/research-projects', '/api/volunteer-events', '/api/couples-requests'];
const openToMembers = 'open to every signed-in member by design (docs/growth.md, Collaborations)';
const dailyPosts = 2;

describeEachDatabase('collaborations: access', (kind) => {
  let app: TestApp;
  let owner: Listed;
  let sam: Listed;
  let stranger: Listed;
  let ids: Record<string, string>;

  beforeAll(async () => {
    app = await createTestApp(kind, { env: { NEW_ACCOUNT_DAILY_POSTS: String(dailyPosts) } });
    owner = await listMember(app, { displayName: 'Maya Ortiz', postalCode: '97204', country: 'US' });
    sam = await listMember(app, { displayName: 'Sam Okafor', postalCode: '97205', country: 'US' });
    stranger = await listMember(app, { displayName: 'Lee Chen', postalCode: '97206', country: 'US' });
    await ageAccounts(app, [owner, sam, stranger]);
    const campaign = await collabOk<Campaign>(app, owner, 'POST', '/api/campaigns', campaignBody([sam.slug]), 201);
    const project = await collabOk<ResearchProject>(app, owner, 'POST', '/api/research-projects', researchBody(), 201);
    const applied = await collabOk<ResearchProject>(
      app,
      sam,
      'POST',
      `/api/research-projects/${project.id}/applications`,
      {
        role: 'participant',
      },
    );
    const event = await collabOk<VolunteerEvent>(app, owner, 'POST', '/api/volunteer-events', volunteerBody(3), 201);
    const couples = await collabOk<CouplesRequest>(app, owner, 'POST', '/api/couples-requests', couplesBody(), 201);
    ids = {
      campaign: campaign.id,
      project: project.id,
      member: applied.members.find((m) => m.member.slug === sam.slug)!.id,
      event: event.id,
      shift: event.shifts[0]!.id,
      couples: couples.id,
    };
  });
  afterAll(async () => app?.cleanup());

  const idFor = (route: Route) =>
    route.path.startsWith('/api/campaigns')
      ? ids.campaign!
      : route.path.startsWith('/api/research')
        ? ids.project!
        : route.path.startsWith('/api/volunteer')
          ? ids.event!
          : ids.couples!;
  const params = { id: idFor, shiftId: () => ids.shift!, memberId: () => ids.member! };
  const bodies = {
    'POST /api/campaigns/{id}/invitations': [{ memberSlug: 'sam-okafor' }],
    'PUT /api/campaigns/{id}/offer': [{ offerText: 'Twenty percent off', offerId: null }],
    'POST /api/research-projects/{id}/applications': [{ role: 'participant', note: '' }],
    'POST /api/couples-requests/{id}/reply': [{ message: 'Hello there' }],
  };
  const snapshot = async () => tableRows(app, tables);

  it('knows every record route of the module, each behind the session', async () => {
    const routes = await moduleRoutes(app, { prefixes });
    expect(
      routes
        .filter(namesRecord)
        .map((route) => route.key)
        .sort(),
    ).toEqual(
      [
        'GET /api/campaigns/{id}',
        'POST /api/campaigns/{id}/invitations',
        'POST /api/campaigns/{id}/accept',
        'POST /api/campaigns/{id}/decline',
        'PUT /api/campaigns/{id}/offer',
        'GET /api/research-projects/{id}',
        'POST /api/research-projects/{id}/applications',
        'POST /api/research-projects/{id}/members/{memberId}/accept',
        'POST /api/research-projects/{id}/members/{memberId}/decline',
        'GET /api/volunteer-events/{id}',
        'POST /api/volunteer-events/{id}/shifts/{shiftId}/signup',
        'DELETE /api/volunteer-events/{id}/shifts/{shiftId}/signup',
        'GET /api/volunteer-events/{id}/shifts/{shiftId}/calendar.ics',
        'GET /api/couples-requests/{id}',
        'POST /api/couples-requests/{id}/reply',
      ].sort(),
    );
    for (const route of await moduleRoutes(app, { tags: ['collaborations'] }))
      expect(route.operation.security, route.key).toEqual([{ session: [] }]);
  });

  it('answers an anonymous caller the not-found on every record route, changing nothing', async () => {
    await walkRecordRoutes(app, {
      prefixes,
      actors: [memberActor('the author', owner, 'allowed'), anonymousActor('not-found')],
      params,
      bodies,
      snapshot,
    });
  });

  it('answers a member outside the post the not-found on the routes that manage or answer', async () => {
    const open = [
      'GET /api/campaigns/{id}',
      'GET /api/research-projects/{id}',
      'POST /api/research-projects/{id}/applications',
      'GET /api/volunteer-events/{id}',
      'POST /api/volunteer-events/{id}/shifts/{shiftId}/signup',
      'DELETE /api/volunteer-events/{id}/shifts/{shiftId}/signup',
      'GET /api/volunteer-events/{id}/shifts/{shiftId}/calendar.ics',
      'GET /api/couples-requests/{id}',
      'POST /api/couples-requests/{id}/reply',
    ];
    await walkRecordRoutes(app, {
      prefixes,
      actors: [memberActor('the author', owner, 'allowed'), memberActor('another member', stranger, 'not-found')],
      params,
      bodies: Object.fromEntries(Object.entries(bodies).filter(([key]) => !open.includes(key))),
      skip: Object.fromEntries(open.map((key) => [key, openToMembers])),
      snapshot,
    });
  });

  it('refuses anonymous lists and posts', async () => {
    for (const url of ['/api/collaborations', '/api/couples-requests'])
      expect((await collabCall(app, null, 'GET', url)).statusCode).toBe(401);
    const valid = [campaignBody(), researchBody(), volunteerBody(), couplesBody()];
    for (const [index, url] of prefixes.entries())
      expect((await collabCall(app, null, 'POST', url, valid[index])).statusCode, url).toBe(401);
  });

  it('limits a new account to NEW_ACCOUNT_DAILY_POSTS posts a day of each kind; an older one is not limited', async () => {
    const kinds: [string, () => unknown][] = [
      ['/api/campaigns', () => campaignBody()],
      ['/api/research-projects', () => researchBody()],
      ['/api/volunteer-events', () => volunteerBody()],
      ['/api/couples-requests', () => couplesBody()],
    ];
    for (const [index, [url, body]] of kinds.entries()) {
      const newcomer = await listMember(app, {
        displayName: `New Member ${index}x`,
        postalCode: '97204',
        country: 'US',
      });
      for (let n = 0; n < dailyPosts; n++) await collabOk(app, newcomer, 'POST', url, body(), 201);
      const over = await collabCall(app, newcomer, 'POST', url, body());
      expect(over.statusCode, url).toBe(429);
      expect(over.headers['retry-after']).toBeDefined();
      for (let n = 0; n <= dailyPosts; n++) await collabOk(app, stranger, 'POST', url, body(), 201);
    }
  });
});
