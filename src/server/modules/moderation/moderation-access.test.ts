// Every moderation route in the OpenAPI document, walked: the admin-only ones answer a member and an
// anonymous caller exactly as a path that does not exist (404, the same body) and change nothing;
// the admin is allowed. A new admin route without a case fails here.
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  anonymousActor,
  memberActor,
  moduleRoutes,
  tableRows,
  walkRecordRoutes,
} from '../../../../test/support/access-walk.ts';
import { circleCall } from '../../../../test/support/circles.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { grantAdmin, report, reportFor } from '../../../../test/support/moderation.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

const place = { postalCode: '59801', country: 'US' as const };
const adminRoutes = [
  'GET /api/admin/reports',
  'POST /api/admin/reports/{id}/actions',
  'POST /api/admin/reports/{id}/unhide',
  'POST /api/admin/members/{slug}/unsuspend',
  'GET /api/admin/audit',
];
const memberRoutes = ['POST /api/reports', 'GET /api/me/admin'];
const tables = [
  'admins',
  'moderation_reports',
  'moderation_reporters',
  'moderation_audit',
  'member_suspensions',
  'profiles',
];

describeEachDatabase('moderation: admin routes are no one else’s', (kind) => {
  let app: TestApp;
  let ada: Listed;
  let maria: Listed;
  let sam: Listed;
  let reportId: string;

  beforeAll(async () => {
    app = await createTestApp(kind);
    ada = await listMember(app, { displayName: 'Ada Admin', ...place });
    maria = await listMember(app, { displayName: 'Maria Alvarez', ...place });
    sam = await listMember(app, { displayName: 'Sam Okafor', ...place });
    await grantAdmin(app, ada);
    expect((await report(app, sam, 'profile', maria.slug)).statusCode).toBe(201);
    reportId = (await reportFor(app, ada, 'profile', maria.slug)).id;
  });
  afterAll(async () => app?.cleanup());

  it('documents every moderation route, each with a case here', async () => {
    const routes = await moduleRoutes(app, { tags: ['moderation', 'moderation (admins)'] });
    expect(routes.map((route) => route.key).sort()).toEqual([...adminRoutes, ...memberRoutes].sort());
  });

  it('answers the reporter, the reported member and anonymous callers on every admin record route as a missing path', async () => {
    await walkRecordRoutes(app, {
      tags: ['moderation (admins)'],
      actors: [
        memberActor('the admin', ada, 'allowed'),
        memberActor('the reporter', sam, 'not-found'),
        memberActor('the reported member', maria, 'not-found'),
        // Not 401: signing in would not help, and the admin area does not show it exists.
        anonymousActor('not-found'),
      ],
      params: { id: reportId, slug: maria.slug },
      missing: { slug: 'no-such-member' },
      bodies: {
        'POST /api/admin/reports/{id}/actions': [
          { action: 'hide', reason: 'Walk: hide' },
          { action: 'suspend', reason: 'Walk: suspend' },
          { action: 'dismiss', reason: 'Walk: dismiss' },
        ],
      },
      secrets: ['Maria Alvarez', 'This is spam'],
      snapshot: () => tableRows(app, tables),
    });
  });

  it('answers the lists to members and anonymous callers as a missing path, and serves them to the admin', async () => {
    const missing = (await circleCall(app, null, 'GET', '/api/admin/nothing-here')).json<{ error: unknown }>().error;
    for (const url of ['/api/admin/reports', '/api/admin/audit']) {
      for (const who of [sam, maria, null]) {
        const response = await circleCall(app, who, 'GET', url);
        expect(response.statusCode).toBe(404);
        expect(response.json<{ error: unknown }>().error).toEqual(missing);
      }
      expect((await circleCall(app, ada, 'GET', url)).statusCode).toBe(200);
    }
    // The member routes: a report needs a session (401), and what one cannot see is 404.
    expect((await report(app, null, 'profile', maria.slug)).statusCode).toBe(401);
    expect((await circleCall(app, null, 'GET', '/api/me/admin')).statusCode).toBe(401);
  });

  it('lets the admin act', async () => {
    const acted = await circleCall(app, ada, 'POST', `/api/admin/reports/${reportId}/actions`, {
      action: 'dismiss',
      reason: 'Walked and dismissed',
    });
    expect(acted.statusCode, acted.body).toBe(200);
  });
});
