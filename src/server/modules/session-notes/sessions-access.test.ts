// Session notes, check-ins, the alliance trend and the re-booking reminder are private to the
// therapist. The access walk calls every route tagged sessions or alliance in the OpenAPI document:
// another member, a therapist whose own client it is not, and an anonymous caller get 404 exactly
// as for a client that does not exist, and the owner's rows are unchanged. A new route without a
// case fails here.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SessionNote } from '../../../contracts/sessions.ts';
import {
  anonymousActor,
  memberActor,
  moduleRoutes,
  namesRecord,
  tableRows,
  walkRecordRoutes,
} from '../../../../test/support/access-walk.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { asMember } from '../../../../test/support/members.ts';
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
    const id = (await call(maria, 'POST', '/api/clients', { name: 'Jordan Lee', email: 'jordan@example.com' })).json<{
      id: string;
    }>().id;
    const note = await call(maria, 'POST', `/api/clients/${id}/sessions`, {
      subjective: 'Left calf tender',
      sign: true,
    });
    expect(note.statusCode, note.body).toBe(201);
    owned = { id, sessionId: note.json<SessionNote>().id };
    // Sam's own client: his access to his record must not open Maria's.
    await call(sam, 'POST', '/api/clients', { name: 'Sam’s client' });
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
});
