// The authorization matrix of the therapeutic alliance (issue 11): every client, intake, plan,
// session, check-in and portal route in OpenAPI, called by the therapist, another therapist, the
// client in their portal, another client of the same therapist, a client of another therapist,
// and nobody. Only the therapist reaches the therapist's routes and only the client their portal's;
// everyone else gets the very 404 a record that does not exist gets, nothing secret leaks, and the
// tables are exactly as they were. A new route whose parameters this file does not fill fails.
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  anonymousActor,
  memberActor,
  portalActor,
  tableRows,
  walkRecordRoutes,
  type Actor,
} from './support/access-walk.ts';
import { listMember, type Listed } from './support/listed-members.ts';
import { asClient, invitedClient } from './support/portal.ts';
import { addConsent, call } from './support/referrals.ts';
import { createTestApp, describeEachDatabase, type TestApp } from './support/test-app.ts';

// Every table the alliance writes: after the walk they hold exactly what they held before.
const tables = [
  'clients',
  'client_consents',
  'client_keys',
  'portal_accounts',
  'portal_access',
  'portal_tokens',
  'session_notes',
  'session_amendments',
  'session_goal_measures',
  'check_ins',
  'client_visit_intervals',
  'notifications',
  'intake_submissions',
  'client_goals',
  'client_goal_measures',
  'treatment_plans',
  'treatment_plan_versions',
  'treatment_plan_comments',
];

describeEachDatabase('the alliance: who reaches what', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let omar: Listed;
  let ids: Record<string, string>;
  let client: { cookie: string };
  let sibling: { cookie: string };
  let elsewhere: { cookie: string };

  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = await listMember(app, {
      displayName: 'Maria Alvarez',
      postalCode: '02116',
      country: 'US',
      profession: 'massage-therapist',
    });
    omar = await listMember(app, {
      displayName: 'Omar Haddad',
      postalCode: '02139',
      country: 'US',
      profession: 'massage-therapist',
    });
    const jordan = await invitedClient(app, maria, { name: 'Jordan Secretname' });
    sibling = await invitedClient(app, maria, { name: 'Sibling Client' });
    elsewhere = await invitedClient(app, omar, { name: 'Elsewhere Client' });
    client = jordan;
    const consentId = await addConsent(app, maria, jordan.clientId);
    // A signed, shared session note: its feedback form waits in the portal.
    const note = await call(app, maria, 'POST', `/api/clients/${jordan.clientId}/sessions`, {
      subjective: 'Secretname session text',
      plan: 'Shared plan',
      sign: true,
    });
    expect(note.statusCode, note.body).toBe(201);
    const sessionId = note.json<{ id: string }>().id;
    await call(app, maria, 'POST', `/api/clients/${jordan.clientId}/sessions/${sessionId}/share`, { parts: ['plan'] });
    const forms = await asClient(app, jordan.cookie, 'GET', '/api/portal/check-ins');
    const checkInId = forms.json<{ items: { id: string }[] }>().items[0]!.id;
    // A goal and a plan (intake and treatment-plans routes name them).
    const goal = await call(app, maria, 'POST', `/api/clients/${jordan.clientId}/goals`, {
      words: 'Secretname wants to garden again',
      activities: ['Kneeling'],
    });
    const plan = await call(app, maria, 'POST', `/api/clients/${jordan.clientId}/plan`, {
      summary: 'Secretname plan',
      sessionsPer: 1,
      per: 'week',
      durationWeeks: 4,
    });
    expect([goal.statusCode, plan.statusCode]).toEqual([201, 201]);
    ids = {
      id: jordan.clientId,
      clientId: jordan.clientId,
      consentId,
      goalId: goal.json<{ id: string }>().id,
      planId: plan.json<{ plan: { id: string } }>().plan.id,
      sessionId,
      checkInId,
    };
  });
  afterAll(async () => app?.cleanup());

  const others = (): Actor[] => [
    memberActor('another therapist', omar, 'not-found'),
    portalActor('another client of the same therapist', sibling.cookie, 'not-found'),
    portalActor('a client of another therapist', elsewhere.cookie, 'not-found'),
    anonymousActor('not-found'),
  ];

  it('gives the therapist’s routes to the therapist alone (the client in their portal gets the 404 too)', async () => {
    await walkRecordRoutes(app, {
      tags: ['clients', 'sessions', 'alliance', 'intake', 'treatment-plans'],
      actors: [
        memberActor('the therapist', maria, 'allowed'),
        portalActor('the client', client.cookie, 'not-found'),
        ...others(),
      ],
      params: ids,
      // Valid bodies, so a 404 is about access and not about input.
      bodies: {
        'POST /api/clients/{id}/check-ins': [{ questionnaire: 'kneadwork-massage-alliance' }],
        'POST /api/clients/{id}/sessions/{sessionId}/share': [{ parts: ['subjective'] }],
      },
      secrets: ['Secretname'],
      snapshot: () => tableRows(app, tables),
    });
  });

  it('gives the portal’s routes to the client alone (their therapist gets the 404 too)', async () => {
    const report = await walkRecordRoutes(app, {
      prefixes: ['/api/portal/'],
      actors: [
        portalActor('the client', client.cookie, 'allowed'),
        memberActor('the therapist', maria, 'not-found'),
        ...others(),
      ],
      params: ids,
      bodies: {
        'POST /api/portal/check-ins/{checkInId}': [{ answers: { comfort: 5, pressure: 5, communication: 5 } }],
      },
      secrets: ['Secretname'],
      snapshot: () => tableRows(app, tables),
    });
    expect(report.some((line) => line.includes('/api/portal/records/{clientId}/consents'))).toBe(true);
  });
});
