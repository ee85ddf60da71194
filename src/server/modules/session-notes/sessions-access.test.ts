// Session notes, check-ins, the alliance trend and the re-booking reminder are private to the
// therapist. The access walk calls every route tagged sessions or alliance in the OpenAPI document:
// another member, a therapist whose own client it is not, and an anonymous caller get 404 exactly
// as for a client that does not exist, and the owner's rows are unchanged. A new route without a
// case fails here.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SessionNote } from '../../../contracts/sessions.ts';
import {
  portalActor,
  anonymousActor,
  memberActor,
  moduleRoutes,
  namesRecord,
  tableRows,
  walkRecordRoutes,
} from '../../../../test/support/access-walk.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { asMember } from '../../../../test/support/members.ts';
import { asClient, invitedClient } from '../../../../test/support/portal.ts';
import type { PortalCheckIn } from '../../../contracts/alliance.ts';
import type { SharedNote } from '../../../contracts/sessions.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';

const bodies = {
  'POST /api/clients/{id}/sessions': [{ subjective: 'Written by someone else', sign: true }],
  'PATCH /api/clients/{id}/sessions/{sessionId}': [{ plan: 'Overwritten' }],
  'POST /api/clients/{id}/sessions/{sessionId}/amendments': [{ text: 'Mischief' }],
  'POST /api/clients/{id}/sessions/{sessionId}/share': [{ parts: ['subjective', 'plan'] }],
  'POST /api/clients/{id}/check-ins': [{ questionnaire: 'kneadwork-massage-alliance' }],
  'PUT /api/clients/{id}/visit-interval': [{ days: 7 }],
  'POST /api/clients/{id}/rebooking-reminder': [{ subject: 'Hello', text: 'Come back' }],
};
// The caller's own practice: no record in the path.
const ownScope = [
  'GET /api/alliance/retention',
  'GET /api/alliance/settings',
  'GET /api/alliance/summary',
  'GET /api/questionnaires',
  'PATCH /api/alliance/settings',
  'POST /api/questionnaires',
];

describeEachDatabase('sessions and alliance: nobody else sees them', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let sam: Listed;
  let owned: { id: string; sessionId: string };
  let jordan: { clientId: string; cookie: string };
  let sibling: { clientId: string; cookie: string };
  let samsClient: { clientId: string; cookie: string };
  let checkInId: string;

  const call = (who: Listed, method: string, url: string, body?: unknown) =>
    app.inject({
      method: method as 'GET',
      url,
      headers: body === undefined ? { cookie: who.cookie, origin } : asMember(who.cookie),
      payload: body as object,
    });

  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = await listMember(app, {
      displayName: 'Maria Alvarez',
      postalCode: '02116',
      country: 'US',
      profession: 'massage-therapist',
    });
    sam = await listMember(app, {
      displayName: 'Sam Okafor',
      postalCode: '02139',
      country: 'US',
      profession: 'massage-therapist',
    });
    jordan = await invitedClient(app, maria, { name: 'Jordan Lee', email: 'jordan@example.com' });
    const id = jordan.clientId;
    const note = await call(maria, 'POST', `/api/clients/${id}/sessions`, {
      subjective: 'Left calf tender',
      plan: 'Stretch the calf daily',
      assessment: 'Private working hypothesis',
      sign: true,
    });
    expect(note.statusCode, note.body).toBe(201);
    owned = { id, sessionId: note.json<SessionNote>().id };
    const shared = await call(maria, 'POST', `/api/clients/${id}/sessions/${owned.sessionId}/share`, {
      parts: ['plan'],
    });
    expect(shared.statusCode, shared.body).toBe(200);
    // Another client of the same therapist, and a client of another therapist, each signed in to the portal.
    sibling = await invitedClient(app, maria, { name: 'Casey Sibling', email: 'casey@example.com' });
    samsClient = await invitedClient(app, sam, { name: 'Sam’s client', email: 'samsclient@example.com' });
    const forms = await asClient(app, jordan.cookie, 'GET', '/api/portal/check-ins');
    checkInId = forms.json<{ items: PortalCheckIn[] }>().items[0]!.id;
  });
  afterAll(async () => app?.cleanup());

  it('names the client on every route but the practice’s own figures, settings and questionnaires', async () => {
    const routes = await moduleRoutes(app, { tags: ['sessions', 'alliance'] });
    expect(
      routes
        .filter((route) => !namesRecord(route))
        .map((route) => route.key)
        .sort(),
    ).toEqual([...ownScope].sort());
  });

  it('answers another member (with clients of his own) and an anonymous caller 404 exactly as for a client that does not exist, changing nothing', async () => {
    await walkRecordRoutes(app, {
      tags: ['sessions', 'alliance'],
      actors: [
        memberActor('maria', maria, 'allowed'),
        memberActor('another therapist', sam, 'not-found'),
        anonymousActor('not-found'),
      ],
      params: owned,
      bodies,
      secrets: ['Jordan', 'calf', 'jordan@example.com'],
      snapshot: () =>
        tableRows(app, [
          'session_notes',
          'session_amendments',
          'session_goal_measures',
          'check_ins',
          'client_visit_intervals',
          'client_access_log',
        ]),
    });
  });

  it('keeps the practice routes to the caller’s own: another member sees none of Maria’s figures', async () => {
    const summary = await call(sam, 'GET', '/api/alliance/summary');
    expect(summary.statusCode).toBe(200);
    expect(summary.body).not.toContain('Jordan');
    expect((await call(sam, 'GET', '/api/alliance/retention')).body).not.toContain('Jordan');
    for (const route of ownScope.filter((each) => each.startsWith('GET'))) {
      const response = await app.inject({ method: 'GET', url: route.split(' ')[1]!, headers: { origin } });
      expect(response.statusCode, route).toBe(401);
    }
  });

  it('shows the client only their own forms and the shared parts of their notes; everyone else 404 on the portal routes', async () => {
    const notes = await asClient(app, jordan.cookie, 'GET', `/api/portal/records/${jordan.clientId}/notes`);
    expect(notes.json<{ items: SharedNote[] }>().items.map((note) => note.parts)).toEqual([
      [{ part: 'plan', label: 'Plan', text: 'Stretch the calf daily' }],
    ]);
    expect(notes.body).not.toContain('hypothesis');
    expect(notes.body).not.toContain('tender');
    const all = await asClient(app, jordan.cookie, 'GET', '/api/portal/notes');
    expect(all.json<{ items: SharedNote[] }>().items).toHaveLength(1);
    expect(
      (await asClient(app, sibling.cookie, 'GET', '/api/portal/notes')).json<{ items: SharedNote[] }>().items,
    ).toEqual([]);
    expect(
      (await asClient(app, sibling.cookie, 'GET', '/api/portal/check-ins')).json<{ items: unknown[] }>().items,
    ).toEqual([]);
    expect((await asClient(app, null, 'GET', '/api/portal/check-ins')).statusCode).toBe(401);
    expect((await asClient(app, null, 'GET', '/api/portal/notes')).statusCode).toBe(401);

    await walkRecordRoutes(app, {
      tags: ['portal-forms'],
      actors: [
        portalActor('the client themselves', () => jordan.cookie, 'allowed'),
        portalActor('another client of the same therapist', () => sibling.cookie, 'not-found'),
        portalActor('a client of another therapist', () => samsClient.cookie, 'not-found'),
        memberActor('the therapist (member cookie)', maria, 'not-found'),
        anonymousActor('not-found'),
      ],
      params: { clientId: jordan.clientId, checkInId },
      bodies: {
        'POST /api/portal/check-ins/{checkInId}': [
          { answers: { comfort: 5, pressure: 5, communication: 5 }, comment: 'Mischief' },
        ],
      },
      secrets: ['calf', 'Jordan'],
      snapshot: () => tableRows(app, ['check_ins', 'session_notes', 'notifications']),
    });
  });
});
